package io.suishoupai.shared.storage;

/**
 * An object whose existence, owner, type, size and first bytes were checked against storage. {@code keptBytes}: for
 * a photo whose metadata is stripped, what will be kept under {@code media/}; null when the object is copied as is
 * (and once it has been kept).
 */
public record VerifiedMedia(String key, MediaType type, long size, byte[] keptBytes) {
}
