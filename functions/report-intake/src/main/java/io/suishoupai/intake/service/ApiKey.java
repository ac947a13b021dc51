package io.suishoupai.intake.service;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.suishoupai.shared.runtime.SqlValues;

/** An Open311 client's key: only its SHA-256 hash and first characters are stored. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_name")
    public String clientName;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "key_prefix")
    public String keyPrefix;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Its columns in the order {@link #of} reads them; a statement adds its WHERE. */
    public static final String SELECT = "SELECT id, client_name, key_hash, key_prefix, created_by, created_at, "
            + "revoked_by, revoked_at FROM api_key";

    /** A row of {@link #SELECT}, read by {@link io.suishoupai.shared.runtime.CurrentSql}. */
    public static ApiKey of(Object[] row) {
        ApiKey k = new ApiKey();
        k.id = ((Number) row[0]).longValue();
        k.clientName = (String) row[1];
        k.keyHash = (String) row[2];
        k.keyPrefix = (String) row[3];
        k.createdBy = (String) row[4];
        k.createdAt = SqlValues.instant(row[5]);
        k.revokedBy = (String) row[6];
        k.revokedAt = SqlValues.instant(row[7]);
        return k;
    }
}
