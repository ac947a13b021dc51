package io.suishoupai.shared.storage;

public enum MediaKind {
    PHOTO, VIDEO, AUDIO
}
