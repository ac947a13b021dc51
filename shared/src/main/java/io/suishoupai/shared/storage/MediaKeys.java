package io.suishoupai.shared.storage;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object-key layout {@code uploads/<yyyy>/<MM>/<dd>/<uuid>.<ext>}. Nothing in a key comes from its uploader
 * (an unsalted hash of a guessable id such as a phone number could be reversed): which caller a key was issued to
 * is recorded where sign-uploads issues it ({@code upload_grant}) and checked there. Keys of the earlier layout
 * ({@code uploads/<caller-hash>/…}) still parse, so uploads signed before an upgrade can be attached. The strict
 * pattern rejects anything else (path traversal included).
 */
public final class MediaKeys {

    private static final Pattern KEY = Pattern.compile(
            "uploads/(?:[0-9a-f]{32}/)?(\\d{4})/(\\d{2})/(\\d{2})/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.([a-z0-9]{2,5})");

    /** A key that passed the layout check. */
    public record ParsedKey(String key, MediaType type) {
    }

    private MediaKeys() {
    }

    public static String newKey(LocalDate day, MediaType type) {
        return "uploads/%04d/%02d/%02d/%s.%s".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                UUID.randomUUID(), type.extension());
    }

    public static Optional<ParsedKey> parse(String key) {
        if (key == null || key.length() > 200) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        return MediaType.ofExtension(m.group(5)).map(type -> new ParsedKey(key, type));
    }

    /**
     * Where an attached upload is kept: the same path under {@code media/}. Uploads stay under {@code uploads/},
     * where the bucket's lifecycle rule deletes what was never attached.
     */
    public static String keptKey(String uploadKey) {
        return uploadKey.startsWith("uploads/") ? "media/" + uploadKey.substring("uploads/".length()) : uploadKey;
    }
}
