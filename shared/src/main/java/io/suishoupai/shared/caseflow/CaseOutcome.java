package io.suishoupai.shared.caseflow;

/**
 * How a CLOSED case ended: {@code RESOLVED} (an inspector verified the fix) or {@code UNRESOLVED} (a leader closed it
 * unfixed, with a public reason: close-unresolved). Only CLOSED cases have one.
 */
public enum CaseOutcome {
    RESOLVED, UNRESOLVED;

    /**
     * The outcome a closing move records, from who closed: the lifecycle lets an inspector close only by verifying
     * the fix and a leader only by close-unresolved.
     */
    public static CaseOutcome ofClosing(ActorRole closedBy) {
        return closedBy == ActorRole.LEADER ? UNRESOLVED : RESOLVED;
    }
}
