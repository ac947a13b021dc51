package io.suishoupai.shared.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object-key layout {@code uploads/<caller-hash>/<yyyy>/<MM>/<dd>/<uuid>.<ext>}. The caller hash scopes a
 * key to the caller who signed it; the strict pattern rejects anything else (path traversal included).
 */
public final class MediaKeys {

    private static final Pattern KEY = Pattern.compile(
            "uploads/([0-9a-f]{32})/(\\d{4})/(\\d{2})/(\\d{2})/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.([a-z0-9]{2,5})");

    /** A key that passed the layout check. */
    public record ParsedKey(String key, String callerHash, MediaType type) {
    }

    private MediaKeys() {
    }

    /** A stable, non-reversible folder name for a caller (the JWT subject is not put in storage paths). */
    public static String callerHash(String callerId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("suishoupai-uploads:" + callerId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public static String newKey(String callerId, LocalDate day, MediaType type) {
        return "uploads/%s/%04d/%02d/%02d/%s.%s".formatted(callerHash(callerId), day.getYear(), day.getMonthValue(),
                day.getDayOfMonth(), UUID.randomUUID(), type.extension());
    }

    public static Optional<ParsedKey> parse(String key) {
        if (key == null || key.length() > 200) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        return MediaType.ofExtension(m.group(6)).map(type -> new ParsedKey(key, m.group(1), type));
    }

    /**
     * Where an attached upload is kept: the same path under {@code media/}. Uploads stay under {@code uploads/},
     * where the bucket's lifecycle rule deletes what was never attached.
     */
    public static String keptKey(String uploadKey) {
        return uploadKey.startsWith("uploads/") ? "media/" + uploadKey.substring("uploads/".length()) : uploadKey;
    }

    public static boolean ownedBy(ParsedKey key, String callerId) {
        return key.callerHash().equals(callerHash(callerId));
    }
}
