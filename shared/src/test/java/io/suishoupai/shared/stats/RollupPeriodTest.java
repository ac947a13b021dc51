package io.suishoupai.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The rollups keep Beijing's days and months: a Beijing midnight is 16:00Z the day before. */
class RollupPeriodTest {

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aMonthInTheCityIsOneWholeMonth() {
        // March 2023 in Beijing: 28 Feb 16:00Z to 31 Mar 16:00Z
        RollupPeriod p = RollupPeriod.of(at("2023-02-28T16:00:00Z"), at("2023-03-31T16:00:00Z"));
        assertEquals(new RollupPeriod(p.from(), p.from(), p.from(), p.to(), p.to(), p.to()), p);
    }

    @Test
    void aYearInTheCityIsTwelveWholeMonths() {
        // 2023 in Beijing: 31 Dec 2022 16:00Z to 31 Dec 2023 16:00Z
        RollupPeriod p = RollupPeriod.of(at("2022-12-31T16:00:00Z"), at("2023-12-31T16:00:00Z"));
        assertEquals(p.from(), p.monthFrom());
        assertEquals(p.to(), p.monthTo());
        assertEquals(p.to(), p.fullTo());
    }

    @Test
    void aUtcMonthCutsAPartialCityDayAtEachEnd() {
        // March 2023 in UTC: 1 Mar 08:00 to 1 Apr 08:00 in Beijing
        RollupPeriod p = RollupPeriod.of(at("2023-03-01T00:00:00Z"), at("2023-04-01T00:00:00Z"));
        // no whole month of the city inside it: all its whole days from the day rows
        assertEquals(new RollupPeriod(at("2023-03-01T00:00:00Z"), at("2023-03-01T16:00:00Z"),
                at("2023-03-31T16:00:00Z"), at("2023-03-31T16:00:00Z"), at("2023-03-31T16:00:00Z"),
                at("2023-04-01T00:00:00Z")), p);
    }

    @Test
    void wholeMonthsStartAtTheFirstMonthAfterThePeriodsFirstWholeDay() {
        // 15 Jan 08:00 to 10 Apr 20:00 in Beijing
        RollupPeriod p = RollupPeriod.of(at("2023-01-15T00:00:00Z"), at("2023-04-10T12:00:00Z"));
        assertEquals(at("2023-01-15T16:00:00Z"), p.fullFrom());
        assertEquals(at("2023-01-31T16:00:00Z"), p.monthFrom());
        assertEquals(at("2023-03-31T16:00:00Z"), p.monthTo());
        assertEquals(at("2023-04-09T16:00:00Z"), p.fullTo());
    }

    @Test
    void aPeriodWithNoWholeDayIsReadFromTheDigestsAlone() {
        RollupPeriod inOneDay = RollupPeriod.of(at("2023-03-01T18:00:00Z"), at("2023-03-02T12:00:00Z"));
        assertEquals(RollupPeriod.digestsOnly(at("2023-03-01T18:00:00Z"), at("2023-03-02T12:00:00Z")), inOneDay);
        RollupPeriod acrossMidnight = RollupPeriod.of(at("2023-03-01T12:00:00Z"), at("2023-03-02T12:00:00Z"));
        assertEquals(acrossMidnight.to(), acrossMidnight.fullFrom());
        assertEquals(acrossMidnight.to(), acrossMidnight.fullTo());
        RollupPeriod oneWholeDay = RollupPeriod.of(at("2023-03-01T12:00:00Z"), at("2023-03-02T17:00:00Z"));
        assertEquals(at("2023-03-01T16:00:00Z"), oneWholeDay.fullFrom());
        assertEquals(at("2023-03-02T16:00:00Z"), oneWholeDay.fullTo());
        assertEquals(oneWholeDay.fullTo(), oneWholeDay.monthFrom());
    }
}
