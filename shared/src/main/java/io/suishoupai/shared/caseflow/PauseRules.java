package io.suishoupai.shared.caseflow;

import java.time.Duration;
import java.time.Instant;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;

/**
 * 挂账 and 缓办: a DISPATCHED case is parked until a date — suspended on its department's request with a leader's
 * approval, or deferred by a leader. When the date comes the reminder run resumes it (a screener or leader may
 * resume it sooner), back to DISPATCHED with its disposal time limit counted afresh from then; while paused it is
 * nobody's overdue work. A case has at most one suspension request waiting.
 */
public final class PauseRules {

    private PauseRules() {
    }

    /** {@code until} lies after {@code now} and at most {@code maxDays} ahead. */
    public static boolean untilAllowed(Instant until, Instant now, int maxDays) {
        return until != null && until.isAfter(now) && !until.isAfter(now.plus(Duration.ofDays(maxDays)));
    }

    /** Whether a paused case is due to resume as of {@code at}. */
    public static boolean dueToResume(CityCase c, Instant at) {
        return CaseState.PAUSED.contains(c.state) && c.resumeAt != null && !c.resumeAt.isAfter(at);
    }

    /** A second request while one waits is refused: 409 {@code SUSPENSION_PENDING}. */
    public static void requireNoneWaiting(long waiting) {
        if (waiting > 0) {
            throw Problems.conflict(ErrorCode.SUSPENSION_PENDING,
                    "A suspension request for this case is already waiting for a leader's decision.");
        }
    }

    /** Only a waiting request can be decided: 422 {@code NO_PENDING_SUSPENSION} otherwise. */
    public static SuspensionRequest requireWaiting(SuspensionRequest waiting, String caseNumber) {
        if (waiting == null) {
            throw Problems.unprocessable(ErrorCode.NO_PENDING_SUSPENSION,
                    "Case " + caseNumber + " has no pending suspension request.");
        }
        return waiting;
    }

    /** What a decision makes of a waiting request. */
    public static SuspensionRequest.State outcome(boolean approve) {
        return approve ? SuspensionRequest.State.APPROVED : SuspensionRequest.State.REJECTED;
    }

    /** The public timeline's words for a pause, e.g. 挂账至 2027-03-01 08:00（reason）. */
    public static String timelineNote(CaseState pause, Instant until, java.time.ZoneId zone, String reason) {
        String label = pause == CaseState.SUSPENDED ? "挂账" : "缓办";
        String date = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(until);
        return label + "至 " + date + "：" + reason;
    }
}
