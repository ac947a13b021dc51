package io.suishoupai.shared.open311;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The GeoReport token of a request submitted through Open311. */
@Entity
@Table(name = "open311_token")
public class Open311Token {

    @Id
    public String token;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "api_key_id")
    public Long apiKeyId;

    @Column(name = "created_at")
    public Instant createdAt;
}
