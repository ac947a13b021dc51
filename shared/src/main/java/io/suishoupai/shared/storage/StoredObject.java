package io.suishoupai.shared.storage;

/** What storage holds under a key: its size, its content type and its first bytes (all of them when read whole). */
public record StoredObject(String key, long size, String contentType, byte[] head) {
}
