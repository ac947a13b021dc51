package io.suishoupai.intake.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"idempotencyKey","caseNumber"}: "still there" (我也遇到). */
@RegisterForReflection
public record SupportCaseRequest(String idempotencyKey, String caseNumber) {
}
