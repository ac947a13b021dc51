package io.suishoupai.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** Issues and checks Open311 api keys; a key is shown once, at creation, and stored only as its hash. */
@ApplicationScoped
public class ApiKeys {

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

    /** The active key with this value, or null. Must run inside a session. */
    public Uni<ApiKey> active(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Uni.createFrom().nullItem();
        }
        return ApiKey.<ApiKey>find("keyHash = ?1 and revokedAt is null", hash(key.strip())).firstResult();
    }
}
