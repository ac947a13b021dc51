package io.suishoupai.intake.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Open311 api-key administration. */
public final class ApiKeyRequests {

    private ApiKeyRequests() {
    }

    @RegisterForReflection
    public record CreateApiKey(String clientName) {
    }

    @RegisterForReflection
    public record RevokeApiKey(Long id) {
    }

    /** The key itself is only in the answer to create-api-key. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApiKeyView(long id, String clientName, String apiKey, String keyPrefix, String createdBy,
            Instant createdAt, Instant revokedAt) {
    }
}
