package io.suishoupai.triage.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","note","media":["uploads/…"]}: the fix, with after-photos. */
@RegisterForReflection
public record ReportDisposalRequest(String idempotencyKey, String caseNumber, String note, List<String> media,
        Integer expectedVersion, String templateCode) implements CaseCommand {
}
