package io.suishoupai.shared.caseflow;

import java.time.Duration;
import java.time.Instant;

/**
 * A poor rating soon after closure sends the case back to its department (CLOSED → DISPATCHED) — once in a case's
 * life: a score of at most {@code maxScore}, given no later than {@code window} after the case last closed, on a
 * case never reopened before. Plain values in, a decision out (rate-case persists it).
 */
public record ReopenRule(int maxScore, Duration window) {

    /** A leader's unresolved closure is a decision, not a fix a citizen can send back: only a fixed case reopens. */
    public static boolean reopenable(CaseOutcome outcome) {
        return outcome != CaseOutcome.UNRESOLVED;
    }

    /** Whether a score this low can reopen at all (if not, nothing more needs reading). */
    public boolean poor(int score) {
        return score <= maxScore;
    }

    /**
     * @param closedAt when the case last became CLOSED (null: never)
     * @param reopenedBefore how many times it left CLOSED before
     */
    public boolean reopens(int score, Instant closedAt, long reopenedBefore, Instant now) {
        return poor(score) && closedAt != null && !closedAt.plus(window).isBefore(now) && reopenedBefore == 0;
    }
}
