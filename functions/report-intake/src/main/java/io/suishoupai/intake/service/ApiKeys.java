package io.suishoupai.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;

/** Issues and checks Open311 api keys; a key is shown once, at creation, and stored only as its hash. */
@ApplicationScoped
public class ApiKeys {

    @Inject
    CurrentSql sql;

    private static final SecureRandom RANDOM = new SecureRandom();

    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ssp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The active key with this value, or null. Must run inside a unit of work on the pool. */
    public Uni<ApiKey> active(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Uni.createFrom().nullItem();
        }
        return sql.first(ApiKey.SELECT + " WHERE key_hash = ?1 AND revoked_at IS NULL", hash(key.strip()))
                .map(row -> row == null ? null : ApiKey.of(row));
    }
}
