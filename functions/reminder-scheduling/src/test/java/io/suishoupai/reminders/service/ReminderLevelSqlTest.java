package io.suishoupai.reminders.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.shared.escalation.ReminderLevel;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * The reminder run decides levels in SQL ({@link ReminderLevel#sqlCondition}); the core's unit tests pin the same
 * levels in Java ({@link ReminderLevel#reachedBy}). PostgreSQL evaluates each condition at the instants around every
 * threshold here, and must agree with the Java decision at each.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class ReminderLevelSqlTest {

    static final Instant DISPATCHED = Instant.parse("2026-11-02T02:00:00Z");
    static final Instant DEADLINE = DISPATCHED.plus(Duration.ofHours(8));
    static final double FRACTION = 0.75;

    @Test
    void postgresqlAndTheCoreAgreeAroundEveryThreshold() {
        for (long minutes : new long[] { 0, 359, 360, 361, 479, 480, 481, 959, 960, 961, 2000 }) {
            for (long secondsOff : new long[] { -1, 0, 1 }) {
                Instant at = DISPATCHED.plus(Duration.ofMinutes(minutes)).plusSeconds(secondsOff);
                for (ReminderLevel level : ReminderLevel.values()) {
                    String condition = level.sqlCondition()
                            .replace("?1", "timestamptz '" + at + "'")
                            .replace("?3", Double.toString(FRACTION));
                    long sql = TestInfra.count("SELECT count(*) FROM (SELECT timestamptz '" + DISPATCHED
                            + "' AS dispatched_at, timestamptz '" + DEADLINE + "' AS deadline) c WHERE " + condition);
                    assertEquals(level.reachedBy(DISPATCHED, DEADLINE, at, FRACTION), sql == 1,
                            level + " at " + at);
                }
            }
        }
    }
}
