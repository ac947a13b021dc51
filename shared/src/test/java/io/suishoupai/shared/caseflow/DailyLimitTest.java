package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.ProblemException;

class DailyLimitTest {

    static final DailyLimit LIMIT = new DailyLimit(20, ZoneId.of("Asia/Shanghai"));

    @Test
    void theDayIsTheCitys() {
        // 00:30 on 2 December in Xianning is 16:30 UTC on 1 December: already the new day there
        assertEquals(Instant.parse("2026-12-01T16:00:00Z"), LIMIT.dayStart(Instant.parse("2026-12-01T16:30:00Z")));
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), LIMIT.dayStart(Instant.parse("2026-12-01T15:59:59Z")));
    }

    @Test
    void theTwentiethReportIsTheLast() {
        LIMIT.check(19);
        ProblemException refused = assertThrows(ProblemException.class, () -> LIMIT.check(20));
        assertEquals(429, refused.status());
        assertEquals("DAILY_LIMIT_REACHED", refused.code());
    }
}
