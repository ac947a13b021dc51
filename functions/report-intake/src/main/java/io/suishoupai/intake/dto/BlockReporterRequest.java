package io.suishoupai.intake.dto;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"accountId","reason","until"}: block an account from reporting until the instant (none: until lifted). */
@RegisterForReflection
public record BlockReporterRequest(String accountId, String reason, Instant until) {
}
