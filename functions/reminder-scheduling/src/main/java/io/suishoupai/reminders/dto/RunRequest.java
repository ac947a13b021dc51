package io.suishoupai.reminders.dto;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"at": optional instant}: the run acts as of this time (default now). */
@RegisterForReflection
public record RunRequest(Instant at) {
}
