package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","approve":true|false,"note"} */
@RegisterForReflection
public record DecideExtensionRequest(String idempotencyKey, String caseNumber, Boolean approve, String note,
        Integer expectedVersion, String templateCode) implements CaseCommand {
}
