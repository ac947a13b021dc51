package io.suishoupai.shared.stats;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A period of cases [from, to) cut where the statistics rollups can answer for it (they keep days and months of
 * {@link #ZONE}): the whole months inside it, [monthFrom, monthTo), come from the month rows; the other whole days,
 * [fullFrom, monthFrom) and [monthTo, fullTo), from the day rows; the rest, [from, fullFrom) and [fullTo, to), from the
 * cases' digests. A period with no whole day in it is all rest (fullFrom = fullTo = to); one with no whole month is
 * all days and rest (monthFrom = monthTo = fullTo).
 */
public record RollupPeriod(Instant from, Instant fullFrom, Instant monthFrom, Instant monthTo, Instant fullTo,
        Instant to) {

    /**
     * The zone of the rollups' days and months (migration V25's {@code stats_grains}; IndicatorsRollupTest checks
     * they agree): China's, so a Chinese city's days, months and years are whole rollup rows. A city elsewhere gets
     * the same figures, read with more digests at the ends of its periods. Not {@code suishoupai.zone}: changing the
     * rollups' zone means re-deriving them (a migration), never a setting.
     */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static RollupPeriod of(Instant from, Instant to) {
        Instant fullFrom = ceiling(from, startOf(from, ChronoUnit.DAYS), ChronoUnit.DAYS);
        Instant fullTo = startOf(to, ChronoUnit.DAYS);
        if (!fullFrom.isBefore(fullTo)) {
            return digestsOnly(from, to);
        }
        Instant monthFrom = ceiling(fullFrom, startOf(fullFrom, ChronoUnit.MONTHS), ChronoUnit.MONTHS);
        Instant monthTo = startOf(fullTo, ChronoUnit.MONTHS);
        return monthFrom.isBefore(monthTo) ? new RollupPeriod(from, fullFrom, monthFrom, monthTo, fullTo, to)
                : new RollupPeriod(from, fullFrom, fullTo, fullTo, fullTo, to);
    }

    /** The period read from the digests alone (for groupings the rollups do not keep). */
    public static RollupPeriod digestsOnly(Instant from, Instant to) {
        return new RollupPeriod(from, to, to, to, to, to);
    }

    /** The start of the day or month of {@link #ZONE} that {@code at} falls in. */
    private static Instant startOf(Instant at, ChronoUnit unit) {
        ZonedDateTime day = at.atZone(ZONE).truncatedTo(ChronoUnit.DAYS);
        return (unit == ChronoUnit.MONTHS ? day.withDayOfMonth(1) : day).toInstant();
    }

    /** {@code floor} if {@code at} is on it, else the start of the next unit. */
    private static Instant ceiling(Instant at, Instant floor, ChronoUnit unit) {
        return floor.equals(at) ? at : floor.atZone(ZONE).plus(1, unit).toInstant();
    }
}
