package io.suishoupai.upload.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One signed upload per requested item, in the same order. */
@RegisterForReflection
public record SignUploadsResponse(List<Upload> uploads) {

    @RegisterForReflection
    public record Upload(String key, String url, String method, Map<String, String> headers, Instant expiresAt) {
    }
}
