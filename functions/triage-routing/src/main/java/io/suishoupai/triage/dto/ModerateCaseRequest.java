package io.suishoupai.triage.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"caseNumber","hidden":true|false,"reason","description","private":true}: a screener hides a case from public
 * views and search (or shows it again), edits its public text (the original stays in the event log), or makes it
 * private for good; any of the three at once, always with a reason.
 */
@RegisterForReflection
public record ModerateCaseRequest(String idempotencyKey, String caseNumber, Boolean hidden, String reason,
        String description, @JsonProperty("private") Boolean isPrivate, Integer expectedVersion) {
}
