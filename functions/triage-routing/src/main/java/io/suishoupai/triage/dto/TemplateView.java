package io.suishoupai.triage.dto;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A response template as staff see it. */
@RegisterForReflection
public record TemplateView(String code, String state, String categoryCode, String text, boolean active,
        Instant updatedAt) {
}
