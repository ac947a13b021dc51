package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","departmentCode"} — without departmentCode, the suggested route. */
@RegisterForReflection
public record DispatchCaseRequest(String idempotencyKey, String caseNumber, String departmentCode, String note,
        Integer expectedVersion, String templateCode) implements CaseCommand {
}
