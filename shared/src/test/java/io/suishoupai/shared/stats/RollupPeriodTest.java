package io.suishoupai.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RollupPeriodTest {

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aMonthInTheCityCutsAPartialUtcDayAtEachEnd() {
        // March 2023 in Beijing: 28 Feb 16:00Z to 31 Mar 16:00Z
        RollupPeriod p = RollupPeriod.of(at("2023-02-28T16:00:00Z"), at("2023-03-31T16:00:00Z"));
        // no whole UTC month inside it: all its whole days from the day rows
        assertEquals(new RollupPeriod(at("2023-02-28T16:00:00Z"), at("2023-03-01T00:00:00Z"),
                at("2023-03-31T00:00:00Z"), at("2023-03-31T00:00:00Z"), at("2023-03-31T00:00:00Z"),
                at("2023-03-31T16:00:00Z")), p);
    }

    @Test
    void aYearInTheCityReadsElevenWholeMonthsAndTheDaysOfTheTwelfth() {
        // 2023 in Beijing: 31 Dec 2022 16:00Z to 31 Dec 2023 16:00Z
        RollupPeriod p = RollupPeriod.of(at("2022-12-31T16:00:00Z"), at("2023-12-31T16:00:00Z"));
        assertEquals(new RollupPeriod(at("2022-12-31T16:00:00Z"), at("2023-01-01T00:00:00Z"),
                at("2023-01-01T00:00:00Z"), at("2023-12-01T00:00:00Z"), at("2023-12-31T00:00:00Z"),
                at("2023-12-31T16:00:00Z")), p);
    }

    @Test
    void wholeMonthsStartAtTheFirstUtcMonthAfterThePeriodsFirstWholeDay() {
        RollupPeriod p = RollupPeriod.of(at("2023-01-15T00:00:00Z"), at("2023-04-10T12:00:00Z"));
        assertEquals(at("2023-02-01T00:00:00Z"), p.monthFrom());
        assertEquals(at("2023-04-01T00:00:00Z"), p.monthTo());
        assertEquals(at("2023-04-10T00:00:00Z"), p.fullTo());
    }

    @Test
    void endsOnUtcMidnightsNeedNoPartialDays() {
        RollupPeriod p = RollupPeriod.of(at("2023-01-01T00:00:00Z"), at("2024-01-01T00:00:00Z"));
        assertEquals(p.from(), p.fullFrom());
        assertEquals(p.from(), p.monthFrom());
        assertEquals(p.to(), p.monthTo());
        assertEquals(p.to(), p.fullTo());
    }

    @Test
    void aPeriodWithNoWholeDayIsReadFromTheDigestsAlone() {
        RollupPeriod inOneDay = RollupPeriod.of(at("2023-03-01T02:00:00Z"), at("2023-03-01T20:00:00Z"));
        assertEquals(RollupPeriod.digestsOnly(at("2023-03-01T02:00:00Z"), at("2023-03-01T20:00:00Z")), inOneDay);
        RollupPeriod acrossMidnight = RollupPeriod.of(at("2023-03-01T20:00:00Z"), at("2023-03-02T20:00:00Z"));
        assertEquals(acrossMidnight.to(), acrossMidnight.fullFrom());
        assertEquals(acrossMidnight.to(), acrossMidnight.fullTo());
        RollupPeriod oneWholeDay = RollupPeriod.of(at("2023-03-01T20:00:00Z"), at("2023-03-03T01:00:00Z"));
        assertEquals(at("2023-03-02T00:00:00Z"), oneWholeDay.fullFrom());
        assertEquals(at("2023-03-03T00:00:00Z"), oneWholeDay.fullTo());
    }
}
