package io.suishoupai.shared.caseflow;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;

/**
 * What a citizen may add to a case after reporting it (issue #18): the reporter follows up on their own open case;
 * anyone else may say "still there" (我也遇到) once on an open case.
 */
public final class CitizenInput {

    private CitizenInput() {
    }

    /** Only the reporter follows up: 403 {@code NOT_YOUR_CASE}. */
    public static void requireReporter(String callerId, CityCase c) {
        if (c.reporterId == null || !c.reporterId.equals(callerId)) {
            throw Problems.forbidden(ErrorCode.NOT_YOUR_CASE, "Only the person who reported case " + c.caseNumber
                    + " can add to it.");
        }
    }

    /** Only an open case takes anything new: 422 {@code CASE_NOT_OPEN} naming its state. */
    public static void requireOpen(CityCase c) {
        if (!c.state.isOpen()) {
            throw Problems.unprocessable(ErrorCode.CASE_NOT_OPEN, "Case " + c.caseNumber + " is " + c.state
                    + ": it takes no more follow-ups or support; report the problem again if it is back.");
        }
    }

    /** The reporter is the case's first witness, and each citizen says "still there" once: 409 otherwise. */
    public static void requireNewSupporter(String callerId, CityCase c, boolean supportedBefore) {
        if (callerId.equals(c.reporterId) || supportedBefore) {
            throw Problems.conflict(ErrorCode.ALREADY_SUPPORTED, callerId.equals(c.reporterId)
                    ? "You reported case " + c.caseNumber + "; add what is new with add-case-info."
                    : "You already said case " + c.caseNumber + " is still there.");
        }
    }
}
