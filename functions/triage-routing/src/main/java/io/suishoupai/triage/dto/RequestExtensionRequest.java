package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","hours","reason"} */
@RegisterForReflection
public record RequestExtensionRequest(String idempotencyKey, String caseNumber, Integer hours, String reason,
        Integer expectedVersion, String templateCode) implements CaseCommand {
}
