package io.suishoupai.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.ProblemException;

class RunInstantTest {

    static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    static final Duration SKEW = Duration.ofSeconds(60);

    @Test
    void noInstantMeansNow() {
        assertEquals(NOW, RunInstant.judgedAt(null, NOW, SKEW));
    }

    @Test
    void anEarlierInstantCatchesUpAMissedRun() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        assertEquals(yesterday, RunInstant.judgedAt(yesterday, NOW, SKEW));
    }

    @Test
    void aSchedulerClockSlightlyAheadCountsAsNow() {
        assertEquals(NOW, RunInstant.judgedAt(NOW.plusSeconds(30), NOW, SKEW));
    }

    @Test
    void aFutureInstantIsRefusedAsInput() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> RunInstant.judgedAt(NOW.plus(Duration.ofDays(365)), NOW, SKEW));
        assertEquals(400, refused.status());
        assertEquals("at", refused.errors().get(0).field());
    }
}
