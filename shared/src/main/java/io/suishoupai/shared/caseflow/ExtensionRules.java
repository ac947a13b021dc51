package io.suishoupai.shared.caseflow;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;

/**
 * 延期: a handler of the case's department asks for more hours on a DISPATCHED case, with a reason; the command
 * centre approves (the deadline moves by that many working hours, and the case's extension total grows) or refuses.
 * A case has at most one request waiting; returning the case withdraws it.
 */
public final class ExtensionRules {

    private ExtensionRules() {
    }

    /** A request asks for 1 to {@code maxHours} hours. */
    public static boolean hoursAllowed(Integer hours, int maxHours) {
        return hours != null && hours > 0 && hours <= maxHours;
    }

    /** A second request while one waits is refused: 409 {@code EXTENSION_PENDING}. */
    public static void requireNoneWaiting(long waiting) {
        if (waiting > 0) {
            throw Problems.conflict(ErrorCode.EXTENSION_PENDING,
                    "An extension request for this case is already waiting for a decision.");
        }
    }

    /** Only a waiting request can be decided: 422 {@code NO_PENDING_EXTENSION} otherwise. */
    public static <T> T requireWaiting(T waiting, String caseNumber) {
        if (waiting == null) {
            throw Problems.unprocessable(ErrorCode.NO_PENDING_EXTENSION,
                    "Case " + caseNumber + " has no pending extension request.");
        }
        return waiting;
    }

    /**
     * Two tiers (issue #17): a screener approves a case's first extension of at most {@code screenerMaxHours}; a
     * second one, or a longer one, needs a leader (值班长/中心领导).
     */
    public static boolean needsLeader(long approvedBefore, int hours, int screenerMaxHours) {
        return approvedBefore > 0 || hours > screenerMaxHours;
    }

    /** A screener's approval of a request that needs a leader: 403 {@code NEEDS_LEADER}. */
    public static void requireLeaderWhenNeeded(boolean needsLeader, boolean callerIsLeader, boolean approve) {
        if (approve && needsLeader && !callerIsLeader) {
            throw Problems.forbidden(ErrorCode.NEEDS_LEADER, "A second extension, or one longer than the screener "
                    + "may approve, is approved by a leader (值班长); a screener may still refuse it.");
        }
    }

    /** What a decision makes of a waiting request. */
    public static ExtensionRequest.State outcome(boolean approve) {
        return approve ? ExtensionRequest.State.APPROVED : ExtensionRequest.State.REJECTED;
    }
}
