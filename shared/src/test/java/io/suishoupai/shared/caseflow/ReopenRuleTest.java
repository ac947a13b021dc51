package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReopenRuleTest {

    static final ReopenRule RULE = new ReopenRule(2, Duration.ofDays(7));
    static final Instant CLOSED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void aPoorRatingWithinTheWindowReopensANeverReopenedCase() {
        assertTrue(RULE.reopens(1, CLOSED, 0, CLOSED.plus(Duration.ofDays(3))));
        assertTrue(RULE.reopens(2, CLOSED, 0, CLOSED.plus(Duration.ofDays(7))), "the window's last instant counts");
    }

    @Test
    void aCaseClosedUnresolvedByALeaderIsNotReopenedByARating() {
        assertTrue(ReopenRule.reopenable(CaseOutcome.RESOLVED));
        assertFalse(ReopenRule.reopenable(CaseOutcome.UNRESOLVED));
    }

    @Test
    void aFairRatingNeverReopens() {
        assertFalse(RULE.poor(3));
        assertFalse(RULE.reopens(3, CLOSED, 0, CLOSED.plusSeconds(60)));
    }

    @Test
    void lateOrSecondReopeningsDoNot() {
        assertFalse(RULE.reopens(1, CLOSED, 0, CLOSED.plus(Duration.ofDays(7)).plusSeconds(1)), "after the window");
        assertFalse(RULE.reopens(1, CLOSED, 1, CLOSED.plusSeconds(60)), "reopened once already");
        assertFalse(RULE.reopens(1, null, 0, CLOSED), "never closed");
    }
}
