package io.suishoupai.shared.caseflow;

/**
 * 核查: what an inspector's check does to a DISPOSED case. Passed: CLOSED, with the inspector's note (or a standard
 * one) public. Failed: back to DISPATCHED for rework (返工) on the same deadline, counted once per failed check, the
 * note being the inspector's word to the department and not the public's.
 */
public record VerificationOutcome(CaseState to, boolean rework, boolean notePublic, String note) {

    static final String PASSED_NOTE = "核查通过，结案";

    public static VerificationOutcome of(boolean passed, String inspectorNote) {
        return passed ? new VerificationOutcome(CaseState.CLOSED, false, true,
                inspectorNote != null ? inspectorNote : PASSED_NOTE)
                : new VerificationOutcome(CaseState.DISPATCHED, true, false, inspectorNote);
    }

    /** The case's rework count after this check. */
    public int reworkCountAfter(int before) {
        return rework ? before + 1 : before;
    }
}
