package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","approve":true|false,"note"}: a leader's decision on a waiting suspension request. */
@RegisterForReflection
public record DecideSuspensionRequest(String idempotencyKey, String caseNumber, Boolean approve, String note,
        Integer expectedVersion, String templateCode)
        implements CaseCommand {
}
