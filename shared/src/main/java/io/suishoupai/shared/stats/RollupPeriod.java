package io.suishoupai.shared.stats;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A period of cases [from, to) cut where the statistics rollups can answer for it: the whole UTC days inside it,
 * [fullFrom, fullTo), come from the rollups (kept per UTC day); the rest, [from, fullFrom) and [fullTo, to), from
 * the cases' digests. A period with no whole day in it is all rest: fullFrom = fullTo = to.
 */
public record RollupPeriod(Instant from, Instant fullFrom, Instant fullTo, Instant to) {

    public static RollupPeriod of(Instant from, Instant to) {
        Instant startOfDay = from.truncatedTo(ChronoUnit.DAYS);
        Instant fullFrom = startOfDay.equals(from) ? from : startOfDay.plus(1, ChronoUnit.DAYS);
        Instant fullTo = to.truncatedTo(ChronoUnit.DAYS);
        return fullFrom.isBefore(fullTo) ? new RollupPeriod(from, fullFrom, fullTo, to) : digestsOnly(from, to);
    }

    /** The period read from the digests alone (for groupings the rollups do not keep). */
    public static RollupPeriod digestsOnly(Instant from, Instant to) {
        return new RollupPeriod(from, to, to, to);
    }
}
