package io.suishoupai.shared.storage;

/** An object whose existence, owner, type, size and first bytes were checked against storage, and which is kept. */
public record VerifiedMedia(String key, MediaType type, long size) {
}
