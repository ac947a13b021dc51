package io.suishoupai.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;

class StatsPeriodTest {

    static final Duration YEAR = Duration.ofDays(366);

    @Test
    void thePublicCitizensAndStaffGetTheShortBound() {
        assertEquals(YEAR, StatsPeriod.longestFor(Caller.ANONYMOUS, YEAR));
        assertEquals(YEAR, StatsPeriod.longestFor(new Caller("c", Set.of(Role.CITIZEN), null), YEAR));
        assertEquals(YEAR, StatsPeriod.longestFor(new Caller("s", Set.of(Role.STAFF), null), YEAR));
        assertEquals(YEAR, StatsPeriod.longestFor(new Caller("e", Set.of(Role.SCHEDULER), null), YEAR));
    }

    @Test
    void theCommandCentreAndDepartmentsGetTenYears() {
        for (Role role : Set.of(Role.SCREENER, Role.INSPECTOR, Role.HANDLER, Role.ADMIN)) {
            assertEquals(StatsPeriod.LONGEST, StatsPeriod.longestFor(new Caller("x", Set.of(role), "SZC"), YEAR));
        }
    }

    @Test
    void noConfigurationLiftsTheTenYearBound() {
        assertEquals(StatsPeriod.LONGEST, StatsPeriod.longestFor(Caller.ANONYMOUS, Duration.ofDays(100_000)));
    }
}
