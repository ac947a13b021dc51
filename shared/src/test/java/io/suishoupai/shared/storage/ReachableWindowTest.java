package io.suishoupai.shared.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ReachableWindowTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aPeerThatNeverAnsweredIsAskedEvenAtTimeZero() {
        ReachableWindow window = new ReachableWindow(Duration.ofSeconds(15));
        assertFalse(window.fresh(0));
        assertFalse(window.fresh(Long.MIN_VALUE));
    }

    @Test
    void anAnswerCountsForTheWindowAndNotAfter() {
        ReachableWindow window = new ReachableWindow(Duration.ofSeconds(15));
        long start = 123 * SECOND;
        window.answered(start);
        assertTrue(window.fresh(start));
        assertTrue(window.fresh(start + 15 * SECOND - 1));
        assertFalse(window.fresh(start + 15 * SECOND));
    }

    @Test
    void nanoTimeMayBeNegativeAndWrap() {
        ReachableWindow window = new ReachableWindow(Duration.ofSeconds(15));
        long nearTheEnd = Long.MAX_VALUE - 5 * SECOND;
        window.answered(nearTheEnd);
        assertTrue(window.fresh(nearTheEnd + 10 * SECOND)); // wrapped past Long.MAX_VALUE
        assertFalse(window.fresh(nearTheEnd + 20 * SECOND));
    }

    @Test
    void aFirstAnswerAtANegativeReadingCounts() {
        ReachableWindow window = new ReachableWindow(Duration.ofSeconds(15));
        window.answered(-50 * SECOND);
        assertTrue(window.fresh(-40 * SECOND));
        assertFalse(window.fresh(-35 * SECOND));
    }

    @Test
    void aLateReportOfAnOlderAnswerDoesNotMoveTheWindowBack() {
        ReachableWindow window = new ReachableWindow(Duration.ofSeconds(15));
        window.answered(100 * SECOND);
        window.answered(90 * SECOND); // a slower caller's check, started earlier, finishing now
        assertTrue(window.fresh(114 * SECOND));
    }

    @Test
    void aZeroWindowAsksEveryTime() {
        ReachableWindow window = new ReachableWindow(Duration.ZERO);
        window.answered(5 * SECOND);
        assertFalse(window.fresh(5 * SECOND));
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReachableWindow(Duration.ofSeconds(-1)));
    }
}
