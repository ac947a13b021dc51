package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","assigneeId"}: a department lead gives a dispatched case to one of the department's handlers. */
@RegisterForReflection
public record AssignCaseRequest(String idempotencyKey, String caseNumber, String assigneeId, Integer expectedVersion) {
}
