package io.suishoupai.shared.stats;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.shared.caseflow.CaseSource;
import io.suishoupai.shared.escalation.ReminderLevel;
import io.suishoupai.shared.routing.Area;
import io.suishoupai.shared.runtime.SqlValues;
import io.suishoupai.shared.stats.CaseStats.Indicator;
import io.suishoupai.shared.view.ReferenceNames;
import io.smallrye.mutiny.Uni;

/**
 * The published indicators, computed from the raw cases, their event log and their reminders, for the cases
 * received in a period, each with its numerator and denominator. The definitions (answered with every result) are
 * the contract. Used by case-stats and by the monthly bulletin.
 */
@ApplicationScoped
public class Indicators {

    /** How rows are grouped: the whole city, per department or category, or per unit of the grid. */
    public enum GroupBy {
        NONE("'ALL'"), DEPARTMENT("c.department_code"), CATEGORY("c.category_code"), SOURCE("c.source"),
        DISTRICT("c.district_code"),
        STREET("c.street_code"), COMMUNITY("c.community_code"), GRID("c.grid_code");

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }

        /** A grouping by a unit of the grid: its names are areas'. */
        public boolean isUnit() {
            return ordinal() >= DISTRICT.ordinal();
        }
    }

    public static final Map<String, String> DEFINITIONS = definitions();

    @Inject
    ReferenceNames names;

    private static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("received", "cases created in [from, to)");
        d.put("filingRate", "filed / screened: cases ever FILED over cases with a screening decision "
                + "(FILED, NOT_FILED or DUPLICATE)");
        d.put("dispatchAccuracy", "dispatched without return / dispatched: dispatched cases never RETURNED over cases "
                + "ever DISPATCHED");
        d.put("onTimeDisposalRate", "disposed by deadline / due: cases whose first DISPOSED came at or before their "
                + "deadline (extensions included) over dispatched cases that were disposed or whose deadline has passed");
        d.put("closureRate", "closed / filed: cases ever CLOSED over cases ever FILED");
        d.put("reworkRate", "reworks / closed: inspector send-backs (DISPOSED → DISPATCHED) of the period's cases that "
                + "were CLOSED, over cases ever CLOSED (a case still open is counted when it closes)");
        d.put("averageSatisfaction", "sum of ratings / rated cases: the reporters' 1–5 ratings of the period's cases");
        return java.util.Collections.unmodifiableMap(d);
    }

    /** Must run inside a session. {@code asOf}: deadlines before it count as due. */
    public Uni<List<CaseStats.Row>> compute(Instant from, Instant to, Instant asOf, GroupBy grouping) {
        return names.load().chain(refs -> Panache.getSession().chain(session -> session
                .createNativeQuery(sql(grouping), Object[].class)
                .setParameter(1, from).setParameter(2, to).setParameter(3, asOf)
                .getResultList()
                .map(rows -> rows.stream().map(Tally::of).toList())
                .map(tallies -> tallies.isEmpty() && grouping == GroupBy.NONE ? List.of(Tally.none("ALL")) : tallies)
                .chain(tallies -> (grouping.isUnit() ? Area.namesOf(tallies.stream().map(Tally::key).toList())
                        : Uni.createFrom().item(Map.<String, String>of())).map(areas -> tallies.stream().map(t -> {
                            String key = t.key();
                            String name = switch (grouping) {
                                case NONE -> "全市";
                                case DEPARTMENT -> key == null ? "未派遣" : refs.departments().containsKey(key)
                                        ? refs.departments().get(key).name : key;
                                case CATEGORY -> refs.categories().containsKey(key) ? refs.categories().get(key).name : key;
                                case SOURCE -> CaseSource.valueOf(key).chineseName();
                                case DISTRICT, STREET, COMMUNITY, GRID -> key == null ? "未划分" : areas.getOrDefault(key, key);
                            };
                            return row(key == null && grouping != GroupBy.CATEGORY ? "NONE" : key, name, t);
                        }).toList()))));
    }

    /**
     * One group's counts, as {@link #sql} selects them (in this order): the one place a column's position is read.
     */
    record Tally(String key, long received, long screened, long filed, long dispatched, long dispatchedWithoutReturn,
            long due, long onTime, long closed, long reworks, long reminders, long escalations, long ratingSum,
            long rated) {

        static Tally of(Object[] r) {
            return new Tally((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                    n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]));
        }

        /** A group with no case in the period. */
        static Tally none(String key) {
            return new Tally(key, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        private static long n(Object o) {
            return o == null ? 0 : ((Number) o).longValue();
        }
    }

    /** The counts and indicators of one group: a plain decision from its tally. */
    static CaseStats.Row row(String key, String name, Tally t) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("received", t.received());
        counts.put("screened", t.screened());
        counts.put("filed", t.filed());
        counts.put("dispatched", t.dispatched());
        counts.put("closed", t.closed());
        counts.put("reworks", t.reworks());
        counts.put("reminders", t.reminders());
        counts.put("escalations", t.escalations());
        counts.put("rated", t.rated());
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        indicators.put("filingRate", Indicator.of(t.filed(), t.screened()));
        indicators.put("dispatchAccuracy", Indicator.of(t.dispatchedWithoutReturn(), t.dispatched()));
        indicators.put("onTimeDisposalRate", Indicator.of(t.onTime(), t.due()));
        indicators.put("closureRate", Indicator.of(t.closed(), t.filed()));
        indicators.put("reworkRate", Indicator.of(t.reworks(), t.closed()));
        indicators.put("averageSatisfaction", Indicator.of(t.ratingSum(), t.rated()));
        return new CaseStats.Row(key, name, counts, indicators);
    }

    /** One pass over the period's cases joined with a per-case digest of their events. */
    static String sql(GroupBy groupBy) {
        String key = groupBy.column;
        return """
                WITH c AS (
                    SELECT id, department_code, category_code, source, deadline, district_code, street_code, community_code, grid_code
                    FROM city_case
                    WHERE created_at >= ?1 AND created_at < ?2
                ), e AS (
                    SELECT ev.case_id,
                           bool_or(ev.to_state IN ('FILED', 'NOT_FILED', 'DUPLICATE')) AS screened,
                           bool_or(ev.to_state = 'FILED') AS filed,
                           bool_or(ev.to_state = 'DISPATCHED' AND ev.from_state IN ('FILED', 'RETURNED')) AS dispatched,
                           bool_or(ev.to_state = 'RETURNED') AS returned,
                           min(ev.at) FILTER (WHERE ev.to_state = 'DISPOSED') AS first_disposed,
                           bool_or(ev.to_state = 'CLOSED') AS closed,
                           count(*) FILTER (WHERE ev.from_state = 'DISPOSED' AND ev.to_state = 'DISPATCHED'
                                            AND ev.actor_role = 'INSPECTOR') AS reworks
                    FROM case_event ev JOIN c ON c.id = ev.case_id
                    GROUP BY ev.case_id
                )
                , r AS (
                    SELECT cr.case_id, count(*) AS reminders,
                           count(*) FILTER (WHERE cr.level IN (%2$s)) AS escalations
                    FROM case_reminder cr JOIN c ON c.id = cr.case_id
                    GROUP BY cr.case_id
                ), q AS (
                    SELECT cr.case_id, cr.score FROM case_rating cr JOIN c ON c.id = cr.case_id
                )
                SELECT %1$s AS key,
                       count(*) AS received,
                       count(*) FILTER (WHERE e.screened) AS screened,
                       count(*) FILTER (WHERE e.filed) AS filed,
                       count(*) FILTER (WHERE e.dispatched) AS dispatched,
                       count(*) FILTER (WHERE e.dispatched AND NOT e.returned) AS dispatched_without_return,
                       count(*) FILTER (WHERE e.dispatched AND (e.first_disposed IS NOT NULL OR c.deadline <= ?3)) AS due,
                       count(*) FILTER (WHERE e.dispatched AND e.first_disposed <= c.deadline) AS on_time,
                       count(*) FILTER (WHERE e.closed) AS closed,
                       coalesce(sum(e.reworks) FILTER (WHERE e.closed), 0) AS reworks,
                       coalesce(sum(r.reminders), 0) AS reminders,
                       coalesce(sum(r.escalations), 0) AS escalations,
                       coalesce(sum(q.score), 0) AS rating_sum,
                       count(q.score) AS rated
                FROM c LEFT JOIN e ON e.case_id = c.id LEFT JOIN r ON r.case_id = c.id LEFT JOIN q ON q.case_id = c.id
                GROUP BY 1
                ORDER BY 1
                """.formatted(key, SqlValues.literals(ReminderLevel.ESCALATIONS));
    }
}
