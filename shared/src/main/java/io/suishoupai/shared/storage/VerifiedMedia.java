package io.suishoupai.shared.storage;

/**
 * An object whose existence, owner, type, size and first bytes were checked against storage; {@code content} is the
 * whole object for a photo whose metadata is stripped when kept (read once for both), null otherwise.
 */
public record VerifiedMedia(String key, MediaType type, long size, byte[] content) {
}
