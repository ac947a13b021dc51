package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","reason"}: a leader closes a case that cannot be fixed; the public sees the reason. */
@RegisterForReflection
public record CloseUnresolvedRequest(String idempotencyKey, String caseNumber, String reason,
        Integer expectedVersion, String templateCode)
        implements CaseCommand {
}
