package io.suishoupai.intake.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"idempotencyKey","caseNumber","note","media":[keys]}: the reporter adds what is new to their open case. */
@RegisterForReflection
public record AddCaseInfoRequest(String idempotencyKey, String caseNumber, String note, List<String> media) {
}
