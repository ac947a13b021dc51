package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","decision":"FILE"|"NOT_FILE"|"DUPLICATE","reason","duplicateOf"} */
@RegisterForReflection
public record ScreenCaseRequest(String idempotencyKey, String caseNumber, Decision decision, String reason,
        String duplicateOf, Integer expectedVersion) implements CaseCommand {

    public enum Decision {
        FILE, NOT_FILE, DUPLICATE
    }
}
