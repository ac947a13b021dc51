package io.suishoupai.shared.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;

/** The configured size limit of each media kind (photo ≤ 10 MB, video ≤ 50 MB, voice ≤ 5 MB by default). */
@ApplicationScoped
public class MediaLimits {

    @Inject
    SuishoupaiConfig config;

    public long maxBytes(MediaKind kind) {
        var media = config.media();
        return switch (kind) {
            case PHOTO -> media.photoMaxBytes();
            case VIDEO -> media.videoMaxBytes();
            case AUDIO -> media.audioMaxBytes();
        };
    }
}
