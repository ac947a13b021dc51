package io.suishoupai.shared.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The content types a report may carry, each with its kind, file extension and how its first bytes look.
 * The magic-number check is what stops a PNG (or a script) declared as a JPEG.
 */
public enum MediaType {
    JPEG("image/jpeg", MediaKind.PHOTO, "jpg"),
    PNG("image/png", MediaKind.PHOTO, "png"),
    WEBP("image/webp", MediaKind.PHOTO, "webp"),
    HEIC("image/heic", MediaKind.PHOTO, "heic"),
    MP4("video/mp4", MediaKind.VIDEO, "mp4"),
    AAC("audio/aac", MediaKind.AUDIO, "aac"),
    M4A("audio/mp4", MediaKind.AUDIO, "m4a"),
    MP3("audio/mpeg", MediaKind.AUDIO, "mp3"),
    AMR("audio/amr", MediaKind.AUDIO, "amr");

    /** How many leading bytes {@link #matchesMagic} needs. */
    public static final int MAGIC_BYTES = 16;

    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "mif1", "msf1");

    private final String contentType;
    private final MediaKind kind;
    private final String extension;

    MediaType(String contentType, MediaKind kind, String extension) {
        this.contentType = contentType;
        this.kind = kind;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public MediaKind kind() {
        return kind;
    }

    public String extension() {
        return extension;
    }

    public static Optional<MediaType> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase();
        return Arrays.stream(values()).filter(t -> t.contentType.equals(bare)).findFirst();
    }

    public static Optional<MediaType> ofExtension(String extension) {
        return Arrays.stream(values()).filter(t -> t.extension.equals(extension)).findFirst();
    }

    /** True when the object's first bytes are what this type claims. */
    public boolean matchesMagic(byte[] head) {
        return switch (this) {
            case JPEG -> startsWith(head, 0, 0xFF, 0xD8, 0xFF);
            case PNG -> startsWith(head, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
            case WEBP -> ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP");
            case HEIC -> ascii(head, 4, "ftyp") && head.length >= 12
                    && HEIC_BRANDS.contains(new String(head, 8, 4, StandardCharsets.US_ASCII));
            case MP4, M4A -> ascii(head, 4, "ftyp");
            case AAC -> startsWith(head, 0, 0xFF, 0xF1) || startsWith(head, 0, 0xFF, 0xF9);
            case MP3 -> ascii(head, 0, "ID3") || startsWith(head, 0, 0xFF, 0xFB) || startsWith(head, 0, 0xFF, 0xF3)
                    || startsWith(head, 0, 0xFF, 0xF2);
            case AMR -> ascii(head, 0, "#!AMR");
        };
    }

    private static boolean startsWith(byte[] head, int offset, int... expected) {
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] head, int offset, String expected) {
        return startsWith(head, offset, expected.chars().toArray());
    }
}
