package io.suishoupai.upload.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.storage.MediaKind;

/** {"items":[{"kind":"PHOTO","contentType":"image/jpeg","contentLength":123456}, …]} */
@RegisterForReflection
public record SignUploadsRequest(List<Item> items) {

    @RegisterForReflection
    public record Item(MediaKind kind, String contentType, Long contentLength) {
    }
}
