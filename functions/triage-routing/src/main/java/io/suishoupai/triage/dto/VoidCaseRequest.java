package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","reason"}: a leader voids a filed case found invalid (作废). */
@RegisterForReflection
public record VoidCaseRequest(String idempotencyKey, String caseNumber, String reason,
        Integer expectedVersion, String templateCode)
        implements CaseCommand {
}
