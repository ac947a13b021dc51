package io.suishoupai.intake.service;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.shared.abuse.ReporterBlocks;
import io.suishoupai.shared.routing.ServiceArea;
import io.suishoupai.shared.runtime.SqlValues;
import io.smallrye.mutiny.Uni;

/**
 * What intake must know of the caller and the city before a case, read in one statement after the caller's lock
 * (issue #19: each statement on the report's path costs a round trip and its handling, about 0.3 ms of CPU here): is
 * the caller blocked, how many reports have they filed today, and has the city saved a boundary. The decisions stay
 * where they were declared (ReporterBlocks, DailyLimit, ServiceArea); this only reads.
 *
 * @param blockReason   why the caller is blocked now, null when they are not
 * @param reportsToday  the caller's reports since the start of the city's day; null when not asked (no daily limit)
 * @param boundaries    how many active city boundaries are saved (0: the configured box is the service area)
 */
public record ReporterStanding(String blockReason, Long reportsToday, long boundaries) {

    /** The caller's reports since ?3, on city_case_reporter_idx. */
    private static final String REPORTS_SINCE =
            "SELECT count(*) FROM city_case WHERE reporter_id = ?1 AND created_at >= ?3";

    /**
     * Must run inside the intake transaction, after the caller's lock: a statement's snapshot is taken when it
     * starts, so the count must start after the lock is held to see a concurrent report that held it first.
     */
    public static Uni<ReporterStanding> read(String callerId, Instant now, Instant dayStart) {
        String sql = "SELECT (" + ReporterBlocks.BLOCK_REASON + "), "
                + (dayStart == null ? "NULL::bigint" : "(" + REPORTS_SINCE + ")")
                + ", (" + ServiceArea.ANY_BOUNDARY + ")";
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class).setParameter(1, callerId).setParameter(2, now);
            if (dayStart != null) {
                query.setParameter(3, dayStart);
            }
            return query.getSingleResult();
        }).map(row -> new ReporterStanding((String) row[0], SqlValues.longValue(row[1]),
                SqlValues.longValue(row[2])));
    }
}
