package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","reason"}: the department says the case is not theirs. */
@RegisterForReflection
public record ReturnCaseRequest(String idempotencyKey, String caseNumber, String reason, Integer expectedVersion, String templateCode)
        implements CaseCommand {
}
