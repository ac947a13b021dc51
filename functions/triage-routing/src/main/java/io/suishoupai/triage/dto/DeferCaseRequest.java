package io.suishoupai.triage.dto;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","reason","until"}: a leader defers the case (缓办) until a date. */
@RegisterForReflection
public record DeferCaseRequest(String idempotencyKey, String caseNumber, String reason, Instant until,
        Integer expectedVersion, String templateCode)
        implements CaseCommand {
}
