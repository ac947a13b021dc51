package io.suishoupai.triage.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"idempotencyKey","caseNumber","found":true|false,"note","media"}: the inspector's on-site check (核实). Found: back
 * to SUBMITTED for screening, the check on the timeline; not found: NOT_FILED with the note as the public reason
 * (required then).
 */
@RegisterForReflection
public record ReportCheckRequest(String idempotencyKey, String caseNumber, Boolean found, String note,
        List<String> media, Integer expectedVersion, String templateCode) implements CaseCommand {
}
