package io.suishoupai.triage.dto;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","reason","until"}: the handler asks a leader to park the case (挂账) until a date. */
@RegisterForReflection
public record RequestSuspensionRequest(String idempotencyKey, String caseNumber, String reason, Instant until,
        Integer expectedVersion, String templateCode)
        implements CaseCommand {
}
