package io.suishoupai.shared.stats;

import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;

/**
 * The statistics rollups' upkeep (migration V22). Triggers keep them exact as cases move, by appending rows; folding
 * adds each touched day's rows up into one per key, so a year's statistics keep reading a few rows a day however
 * much the cases moved. Folding changes no figure: it may run at any time, and a second run at once skips.
 */
public final class StatsRollups {

    private StatsRollups() {
    }

    /** Folds the days with rows appended since the last fold; must run inside a transaction. The rows written. */
    public static Uni<Long> fold() {
        return CurrentSql.here().value("SELECT stats_fold()").map(rows -> ((Number) rows).longValue());
    }
}
