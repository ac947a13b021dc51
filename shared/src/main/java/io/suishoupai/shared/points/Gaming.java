package io.suishoupai.shared.points;

import java.util.Set;

import io.suishoupai.shared.caseflow.CaseState;

/**
 * Gaming the points (刷分): one problem split into several reports, or the same scene photographed again. A screener
 * (or a leader voiding a filed case) names {@code "reason":"GAMING"}; the citizen reads {@link #PUBLIC_NOTE}, and
 * the report's points — withheld when it was never filed — are reversed when it had earned any.
 */
public final class Gaming {

    public static final String REASON = "GAMING";

    public static final String PUBLIC_NOTE = "经核查，该上报属于拆分上报或重复拍摄等刷分行为，不予受理，积分不予计算。";

    /** The moves that may end a report found gaming. */
    static final Set<CaseState> ENDINGS = Set.of(CaseState.NOT_FILED, CaseState.DUPLICATE, CaseState.VOIDED);

    private Gaming() {
    }

    /** Whether a staff reason names gaming. */
    public static boolean named(String reason) {
        return reason != null && REASON.equalsIgnoreCase(reason.strip());
    }

    /** The note a move writes for a staff reason: gaming's own public wording, or the reason as given. */
    public static String noteFor(String reason) {
        return named(reason) ? PUBLIC_NOTE : reason;
    }

    /** Whether a move ends a report as gaming (its points are then reversed). */
    public static boolean ends(CaseState to, String publicNote) {
        return ENDINGS.contains(to) && PUBLIC_NOTE.equals(publicNote);
    }
}
