package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.ProblemException;

class PauseRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    @Test
    void aPauseEndsInTheFutureAndNotTooFarAhead() {
        assertTrue(PauseRules.untilAllowed(NOW.plus(Duration.ofDays(1)), NOW, 366));
        assertTrue(PauseRules.untilAllowed(NOW.plus(Duration.ofDays(366)), NOW, 366));
        assertFalse(PauseRules.untilAllowed(NOW.plus(Duration.ofDays(367)), NOW, 366));
        assertFalse(PauseRules.untilAllowed(NOW, NOW, 366));
        assertFalse(PauseRules.untilAllowed(NOW.minusSeconds(1), NOW, 366));
        assertFalse(PauseRules.untilAllowed(null, NOW, 366));
    }

    @Test
    void aPausedCaseResumesWhenItsDateHasCome() {
        CityCase c = new CityCase();
        c.state = CaseState.SUSPENDED;
        c.resumeAt = NOW;
        assertTrue(PauseRules.dueToResume(c, NOW));
        assertFalse(PauseRules.dueToResume(c, NOW.minusSeconds(1)));
        c.state = CaseState.DEFERRED;
        assertTrue(PauseRules.dueToResume(c, NOW.plusSeconds(1)));
        c.state = CaseState.DISPATCHED;
        assertFalse(PauseRules.dueToResume(c, NOW.plusSeconds(1)));
    }

    @Test
    void oneRequestWaitsAtATimeAndOnlyAWaitingOneIsDecided() {
        PauseRules.requireNoneWaiting(0);
        ProblemException pending = assertThrows(ProblemException.class, () -> PauseRules.requireNoneWaiting(1));
        assertEquals(409, pending.status());
        assertEquals("SUSPENSION_PENDING", pending.code());
        ProblemException none = assertThrows(ProblemException.class, () -> PauseRules.requireWaiting(null, "X"));
        assertEquals(422, none.status());
        assertEquals("NO_PENDING_SUSPENSION", none.code());
        assertEquals(SuspensionRequest.State.APPROVED, PauseRules.outcome(true));
        assertEquals(SuspensionRequest.State.REJECTED, PauseRules.outcome(false));
    }

    @Test
    void theTimelineSaysUntilWhenInTheCitysTime() {
        assertEquals("挂账至 2027-03-01 08:00：等待管网改造", PauseRules.timelineNote(CaseState.SUSPENDED,
                Instant.parse("2027-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"), "等待管网改造"));
        assertEquals("缓办至 2027-03-01 08:00：雨季", PauseRules.timelineNote(CaseState.DEFERRED,
                Instant.parse("2027-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"), "雨季"));
    }
}
