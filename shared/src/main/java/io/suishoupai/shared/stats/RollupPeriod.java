package io.suishoupai.shared.stats;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A period of cases [from, to) cut where the statistics rollups can answer for it (they keep UTC days and UTC
 * months): the whole UTC months inside it, [monthFrom, monthTo), come from the month rows; the other whole UTC
 * days, [fullFrom, monthFrom) and [monthTo, fullTo), from the day rows; the rest, [from, fullFrom) and [fullTo, to),
 * from the cases' digests. A period with no whole day in it is all rest (fullFrom = fullTo = to); one with no whole
 * month is all days and rest (monthFrom = monthTo = fullTo).
 */
public record RollupPeriod(Instant from, Instant fullFrom, Instant monthFrom, Instant monthTo, Instant fullTo,
        Instant to) {

    public static RollupPeriod of(Instant from, Instant to) {
        Instant fullFrom = ceiling(from, startOfDay(from), ChronoUnit.DAYS);
        Instant fullTo = startOfDay(to);
        if (!fullFrom.isBefore(fullTo)) {
            return digestsOnly(from, to);
        }
        Instant monthFrom = startOfMonth(fullFrom);
        if (monthFrom.isBefore(fullFrom)) {
            monthFrom = monthFrom.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
        }
        Instant monthTo = startOfMonth(fullTo);
        return monthFrom.isBefore(monthTo) ? new RollupPeriod(from, fullFrom, monthFrom, monthTo, fullTo, to)
                : new RollupPeriod(from, fullFrom, fullTo, fullTo, fullTo, to);
    }

    /** The period read from the digests alone (for groupings the rollups do not keep). */
    public static RollupPeriod digestsOnly(Instant from, Instant to) {
        return new RollupPeriod(from, to, to, to, to, to);
    }

    private static Instant startOfDay(Instant at) {
        return at.truncatedTo(ChronoUnit.DAYS);
    }

    private static Instant ceiling(Instant at, Instant floor, ChronoUnit unit) {
        return floor.equals(at) ? at : floor.plus(1, unit);
    }

    private static Instant startOfMonth(Instant at) {
        return at.atOffset(ZoneOffset.UTC).with(TemporalAdjusters.firstDayOfMonth()).truncatedTo(ChronoUnit.DAYS)
                .toInstant();
    }
}
