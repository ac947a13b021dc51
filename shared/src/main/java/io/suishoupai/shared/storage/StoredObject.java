package io.suishoupai.shared.storage;

/** What storage holds under a key: its size, its content type and its first bytes ({@link ObjectStore#inspect}). */
public record StoredObject(String key, long size, String contentType, byte[] head) {
}
