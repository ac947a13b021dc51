package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.category.CaseUrgency;

/**
 * {"caseNumber","decision":"FILE"|"NOT_FILE"|"DUPLICATE"|"CHECK","reason","duplicateOf","urgency":"NORMAL"|"URGENT"} —
 * {@code urgency} goes with FILE (default: the case's, from its category).
 */
@RegisterForReflection
public record ScreenCaseRequest(String idempotencyKey, String caseNumber, Decision decision, String reason,
        String duplicateOf, Integer expectedVersion, CaseUrgency urgency, String templateCode) implements CaseCommand {

    public enum Decision {
        FILE, NOT_FILE, DUPLICATE,
        /** 核实: send an inspector to look first (→ CHECKING). */
        CHECK
    }
}
