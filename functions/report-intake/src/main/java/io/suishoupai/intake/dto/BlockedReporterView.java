package io.suishoupai.intake.dto;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A blocked account: why, until when (null: until lifted), by whom, since when. */
@RegisterForReflection
public record BlockedReporterView(String accountId, String reason, Instant until, String blockedBy, Instant createdAt) {
}
