package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","note"}: a parked or deferred case goes back to its department now. */
@RegisterForReflection
public record ResumeCaseRequest(String idempotencyKey, String caseNumber, String note,
        Integer expectedVersion, String templateCode)
        implements CaseCommand {
}
