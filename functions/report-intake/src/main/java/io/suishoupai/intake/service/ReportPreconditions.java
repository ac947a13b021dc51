package io.suishoupai.intake.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.abuse.ReporterBlocks;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.routing.Area;
import io.suishoupai.shared.routing.AreaLocator;
import io.suishoupai.shared.routing.ServiceArea;
import io.suishoupai.shared.runtime.SqlValues;
import io.suishoupai.shared.runtime.RowJson;
import io.smallrye.mutiny.Uni;

/**
 * Everything intake reads before it makes a case, in one statement after the caller's lock (issue #19: each
 * statement on the report's path costs a round trip and its handling, about 0.3 ms of report-intake's CPU here): the
 * caller's standing, the category the report names, and the active units whose box holds the point. It only reads;
 * intake decides in the order the rules were always applied (block, daily limit, service area, category, units). The
 * category and the areas come back as plain objects, not managed by the session: nothing for the commit to check.
 */
@ApplicationScoped
@RegisterForReflection(targets = { Category.class, Area.class })
public class ReportPreconditions {

    /** What was read; {@code category} null when no category has that code. */
    public record Read(ReporterStanding standing, Category category, List<Area> unitCandidates) {
    }

    /** The caller's reports since ?6, on city_case_reporter_idx. */
    private static final String REPORTS_SINCE =
            "SELECT count(*) FROM city_case WHERE reporter_id = ?1 AND created_at >= ?6";

    private static final String CATEGORY = "SELECT row_to_json(k)::text FROM category k WHERE k.code = ?3";

    /**
     * ?1 the caller, ?2 now, ?3 the category's code, ?4 and ?5 the point's longitude and latitude, ?6 the start of
     * the city's day (last, and only when the daily limit applies: PostgreSQL cannot type a parameter the statement
     * leaves out, so the numbers have no gap).
     */
    static String statement(boolean dailyLimited) {
        return "SELECT (" + ReporterBlocks.BLOCK_REASON + "), "
                + (dailyLimited ? "(" + REPORTS_SINCE + ")" : "NULL::bigint")
                + ", (" + ServiceArea.ANY_BOUNDARY + "), (" + CATEGORY + "), ("
                + AreaLocator.unitCandidatesJson(4, 5) + ")";
    }

    @Inject
    CurrentSql sql;

    @Inject
    RowJson rows;

    /**
     * Must run inside the intake transaction, after the caller's lock: a statement's snapshot is taken when it
     * starts, so the count must start after the lock is held to see a concurrent report that held it first.
     * {@code dayStart} null: the caller has no daily limit.
     */
    public Uni<Read> read(String callerId, Instant now, Instant dayStart, String categoryCode, GeoPoint point) {
        Object[] values = dayStart != null ? new Object[] { callerId, now, categoryCode, point.lon(), point.lat(),
                dayStart } : new Object[] { callerId, now, categoryCode, point.lon(), point.lat() };
        return sql.first(statement(dayStart != null), values).map(row -> new Read(
                new ReporterStanding((String) row[0], SqlValues.longValue(row[1]), SqlValues.longValue(row[2])),
                row[3] == null ? null : rows.read((String) row[3], Category.class),
                row[4] == null ? List.of() : rows.readList((String) row[4], Area.class)));
    }
}
