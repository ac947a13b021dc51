package io.suishoupai.shared.stats;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.CaseSource;
import io.suishoupai.shared.caseflow.CaseStage;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.runtime.PoolRows;
import io.suishoupai.shared.stats.CaseStats.Indicator;
import io.suishoupai.shared.view.AreaNames;
import io.suishoupai.shared.view.ReferenceNames;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * The published indicators for the cases received in a period, each with its numerator and denominator, as their
 * definitions (answered with every result, the contract) compute them from the raw cases, their event log, reminders,
 * ratings, extensions and stage runs — read from the per-case digests and daily rollups that triggers keep (V22),
 * which give the same counts without reading the period's cases. Used by case-stats and by the monthly bulletin.
 */
@ApplicationScoped
public class Indicators {

    /** How rows are grouped: the whole city, per department or category, or per unit of the grid. */
    public enum GroupBy {
        NONE("'ALL'"), DEPARTMENT("c.department_code"), CATEGORY("c.category_code"), SOURCE("c.source"),
        /** The handler a department's lead assigned the case to (staff only: its keys are accounts). */
        ASSIGNEE("c.assignee_id"),
        DISTRICT("c.district_code"),
        STREET("c.street_code"), COMMUNITY("c.community_code"), GRID("c.grid_code");

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }

        /** A grouping the rollups keep (per day, department, category and source); the others read digests. */
        public boolean isRolledUp() {
            return ordinal() <= SOURCE.ordinal();
        }

        /** A grouping by a unit of the grid: its names are areas'. */
        public boolean isUnit() {
            return ordinal() >= DISTRICT.ordinal();
        }
    }

    public static final Map<String, String> DEFINITIONS = definitions();

    /** The rates every row carries (its {@code indicators}), in order: the names a score may weigh. */
    public static final List<String> RATES = java.util.stream.Stream.concat(Stream.of("filingRate", "dispatchAccuracy",
            "onTimeDisposalRate", "closureRate", "reworkRate", "averageSatisfaction", "extensionRate", "dueClosureRate",
            "onTimeClosureRate"), Arrays.stream(CaseStage.values()).map(CaseStage::rateName)).toList();

    @Inject
    ReferenceNames names;

    @Inject
    AreaNames areaNames;

    @Inject
    Pool pool;

    @Inject
    SuishoupaiConfig config;

    private ScoreCard scoreCard;

    @PostConstruct
    void readScoreCard() {
        scoreCard = ScoreCard.parse(config.stats().scoreWeights(), config.stats().scoreReworkDeduction(), RATES);
    }

    /**
     * Observing start-up creates the bean then, so its weights are read at once: a city's weights that name no
     * indicator stop the app rather than rank by nothing on the 1st of the month.
     */
    void onStart(@Observes io.quarkus.runtime.StartupEvent event) {
        // the work is readScoreCard's, run on creation
    }

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
        d.put("extensionRate", "延期率 extended / dispatched: the period's dispatched cases with at least one approved "
                + "extension over the period's cases ever DISPATCHED");
        d.put("dueCount", "应结案数: cases a department held whose disposal deadline fell in [from, to) or that were "
                + "CLOSED in it, whenever received; cases now SUSPENDED, DEFERRED or VOIDED are not due (a resumed "
                + "case's deadline counts afresh from its resumption)");
        d.put("dueClosureRate", "结案率 closed / due: due cases CLOSED (either outcome) before to, over dueCount");
        d.put("onTimeClosureRate", "按期结案率 closed on time / due: due cases CLOSED at or before their deadline "
                + "(extensions included), over dueCount");
        d.put("urgentCount", "急要件: the period's cases handled as URGENT");
        d.put("suspendedCount", "挂账: the period's cases ever SUSPENDED");
        d.put("voidedCount", "作废: the period's cases VOIDED");
        for (CaseStage stage : CaseStage.values()) {
            d.put(stage.rateName(), stage.chineseName() + "按时率 on time / due: runs of the " + stage.name()
                    + " stage of the period's cases that ended by their due time (its limit on the working calendar, "
                    + "suishoupai.stages.*) over runs that ended or are past due");
        }
        d.put("score", "综合指标值 (groupBy=DEPARTMENT): the sum of the weighted rates of suishoupai.stats.score-weights "
                + "(each 0–1) less suishoupai.stats.score-rework-deduction per rework (failed 核查), at least 0; rank: "
                + "by score, highest first, equal scores sharing a rank");
        return java.util.Collections.unmodifiableMap(d);
    }

    /** On the pool, no session needed. {@code asOf}: deadlines before it count as due. */
    public Uni<List<CaseStats.Row>> compute(Instant from, Instant to, Instant asOf, GroupBy grouping) {
        return compute(pool, from, to, asOf, grouping, null);
    }

    /**
     * The same for one department's cases ({@code department} null: the whole city's), its two statements run on
     * {@code client}: the pool, or a transaction's connection that bounds them (a statement timeout).
     */
    public Uni<List<CaseStats.Row>> compute(SqlClient client, Instant from, Instant to, Instant asOf,
            GroupBy grouping, String department) {
        String only = department == null ? "" : department;
        RollupPeriod cut = grouping.isRolledUp() ? RollupPeriod.of(from, to) : RollupPeriod.digestsOnly(from, to);
        return names.load().chain(refs -> PoolRows.of(client, receivedSql(grouping),
                receivedValues(grouping, cut, asOf, only))
                .chain(received -> PoolRows.of(client, dueSql(grouping), dueValues(grouping, cut, only))
                        .map(due -> groups(received.stream().map(Tally::of).toList(),
                                due.stream().map(DueTally::of).toList(), grouping)))
                .chain(groups -> (grouping.isUnit() ? areaNames.of(groups.stream().map(Group::key).toList())
                        : Uni.createFrom().item(Map.<String, String>of())).map(areas -> groups.stream().map(g -> {
                            String key = g.key();
                            String name = switch (grouping) {
                                case NONE -> "全市";
                                case DEPARTMENT -> key == null ? "未派遣" : refs.departments().containsKey(key)
                                        ? refs.departments().get(key).name : key;
                                case CATEGORY -> refs.categories().containsKey(key) ? refs.categories().get(key).name : key;
                                case SOURCE -> CaseSource.valueOf(key).chineseName();
                                case ASSIGNEE -> key == null ? "未指派" : key;
                                case DISTRICT, STREET, COMMUNITY, GRID -> key == null ? "未划分" : areas.getOrDefault(key, key);
                            };
                            return row(key == null && grouping != GroupBy.CATEGORY ? "NONE" : key, name, g.received(),
                                    g.due());
                        }).toList()))
                .map(rows -> grouping == GroupBy.DEPARTMENT ? scoreCard.rank(rows, r -> !"NONE".equals(r.key()))
                        : rows));
    }

    /** {@link #receivedSql}'s parameters in order (the whole months only where the rollups are read). */
    private static Object[] receivedValues(GroupBy grouping, RollupPeriod cut, Instant asOf, String department) {
        return grouping.isRolledUp()
                ? new Object[] { cut.from(), cut.to(), asOf, department, cut.fullFrom(), cut.fullTo(), cut.monthFrom(),
                    cut.monthTo() }
                : new Object[] { cut.from(), cut.to(), asOf, department, cut.fullFrom(), cut.fullTo() };
    }

    /** {@link #dueSql}'s parameters in order (the whole months only where the rollups are read). */
    private static Object[] dueValues(GroupBy grouping, RollupPeriod cut, String department) {
        return grouping.isRolledUp()
                ? new Object[] { cut.from(), cut.to(), department, cut.fullFrom(), cut.fullTo(), cut.monthFrom(),
                    cut.monthTo() }
                : new Object[] { cut.from(), cut.to(), department, cut.fullFrom(), cut.fullTo() };
    }

    /** One group's tallies from both populations (a group may have due cases and none received, or the reverse). */
    record Group(String key, Tally received, DueTally due) {
    }

    /** The groups of both queries by key, in key order (no key last); the whole city always has its row. */
    static List<Group> groups(List<Tally> received, List<DueTally> due, GroupBy grouping) {
        Map<String, Tally> byKey = new java.util.HashMap<>();
        received.forEach(t -> byKey.put(t.key(), t));
        Map<String, DueTally> dueByKey = new java.util.HashMap<>();
        due.forEach(d -> dueByKey.put(d.key(), d));
        java.util.Set<String> keys = new java.util.HashSet<>(byKey.keySet());
        keys.addAll(dueByKey.keySet());
        if (grouping == GroupBy.NONE) {
            keys.add("ALL");
        }
        return keys.stream().sorted(java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()))
                .map(k -> new Group(k, byKey.getOrDefault(k, Tally.none(k)), dueByKey.getOrDefault(k, DueTally.none(k))))
                .toList();
    }

    /**
     * One group's counts, as {@link #sql} selects them (in this order): the one place a column's position is read.
     */
    record Tally(String key, long received, long screened, long filed, long dispatched, long dispatchedWithoutReturn,
            long due, long onTime, long closed, long reworks, long reminders, long escalations, long ratingSum,
            long rated, long urgent, long extended, long suspended, long voided, List<Long> stages) {

        /** The last columns: per CaseStage, in its order, the runs due and the runs on time. */
        static final int STAGES_FROM = 18;

        static Tally of(Object[] r) {
            List<Long> stages = new java.util.ArrayList<>();
            for (int i = STAGES_FROM; i < STAGES_FROM + 2 * CaseStage.values().length; i++) {
                stages.add(i < r.length ? n(r[i]) : 0L);
            }
            return new Tally((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                    n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]), n(r[14]), n(r[15]), n(r[16]), n(r[17]), stages);
        }

        /** A group with no case in the period. */
        static Tally none(String key) {
            return new Tally(key, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, noStages());
        }

        static List<Long> noStages() {
            return java.util.Collections.nCopies(2 * CaseStage.values().length, 0L);
        }

        long stageDue(CaseStage stage) {
            return stages.get(2 * stage.ordinal());
        }

        long stageOnTime(CaseStage stage) {
            return stages.get(2 * stage.ordinal() + 1);
        }
    }

    /** One group's cases due (应结案), as {@link #dueSql} selects them. */
    record DueTally(String key, long due, long closed, long closedOnTime) {

        static DueTally of(Object[] r) {
            return new DueTally((String) r[0], n(r[1]), n(r[2]), n(r[3]));
        }

        static DueTally none(String key) {
            return new DueTally(key, 0, 0, 0);
        }
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** The counts and indicators of a group with no case due (the received cases' alone). */
    static CaseStats.Row row(String key, String name, Tally t) {
        return row(key, name, t, DueTally.none(key));
    }

    /** The counts and indicators of one group: a plain decision from its tallies. */
    static CaseStats.Row row(String key, String name, Tally t, DueTally d) {
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
        counts.put("urgentCount", t.urgent());
        counts.put("extended", t.extended());
        counts.put("suspendedCount", t.suspended());
        counts.put("voidedCount", t.voided());
        counts.put("dueCount", d.due());
        counts.put("dueClosed", d.closed());
        counts.put("dueClosedOnTime", d.closedOnTime());
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        indicators.put("filingRate", Indicator.of(t.filed(), t.screened()));
        indicators.put("dispatchAccuracy", Indicator.of(t.dispatchedWithoutReturn(), t.dispatched()));
        indicators.put("onTimeDisposalRate", Indicator.of(t.onTime(), t.due()));
        indicators.put("closureRate", Indicator.of(t.closed(), t.filed()));
        indicators.put("reworkRate", Indicator.of(t.reworks(), t.closed()));
        indicators.put("averageSatisfaction", Indicator.of(t.ratingSum(), t.rated()));
        indicators.put("extensionRate", Indicator.of(t.extended(), t.dispatched()));
        indicators.put("dueClosureRate", Indicator.of(d.closed(), d.due()));
        indicators.put("onTimeClosureRate", Indicator.of(d.closedOnTime(), d.due()));
        for (CaseStage stage : CaseStage.values()) {
            indicators.put(stage.rateName(), Indicator.of(t.stageOnTime(stage), t.stageDue(stage)));
        }
        return new CaseStats.Row(key, name, counts, indicators);
    }

    /**
     * The counts of a received case, as the digests and the rollups name them (migration V22) and as {@link Tally}
     * reads them: the one place their order is declared.
     */
    static final List<String> RECEIVED_COUNTS = Stream.concat(Stream.of("received", "screened", "filed", "dispatched",
            "dispatched_without_return", "due", "on_time", "closed", "reworks", "reminders", "escalations", "rating_sum",
            "rated", "urgent", "extended", "suspended", "voided"), Arrays.stream(CaseStage.values()).flatMap(stage -> {
                String name = stage.name().toLowerCase(java.util.Locale.ROOT);
                return Stream.of(name + "_due", name + "_on_time");
            })).toList();

    /**
     * A rollup's rows for a {@link RollupPeriod}, each branch followed by UNION ALL: the month rows of the whole months
     * [monthFrom, monthTo), then the day rows before and after them, [fullFrom, monthFrom) and [monthTo, fullTo). Each
     * branch is one range of the rollup's (grain, day) index, which holds every column read (V24), so PostgreSQL
     * answers it from the index alone; the two day ranges as one OR would need a bitmap scan, which reads the table.
     */
    private static String rollupRows(String table, String columns, String department, String fullFrom,
            String monthFrom, String monthTo, String fullTo) {
        return rollupRange(table, columns, department, 'm', monthFrom, monthTo)
                + rollupRange(table, columns, department, 'd', fullFrom, monthFrom)
                + rollupRange(table, columns, department, 'd', monthTo, fullTo);
    }

    private static String rollupRange(String table, String columns, String department, char grain, String from,
            String to) {
        return """
                    SELECT %1$s FROM %2$s c
                    WHERE c.grain = '%3$s' AND c.day >= %4$s AND c.day < %5$s AND (%6$s = '' OR c.department_code = %6$s)
                    UNION ALL
                """.formatted(columns, table, grain, rollupDay(from), rollupDay(to), department);
    }

    /** The day a bound parameter falls on, as the rollups' day column holds it (in {@link RollupPeriod#ZONE}). */
    private static String rollupDay(String parameter) {
        return "(CAST(" + parameter + " AS timestamptz) AT TIME ZONE '" + RollupPeriod.ZONE.getId() + "')::date";
    }

    /**
     * The received cases' counts for a period: ?1 from, ?2 to, ?3 as of, ?4 department ('' for all), ?5 and ?6 the
     * whole days' bounds, ?7 and ?8 the whole months' ({@link RollupPeriod}). Whole months come from the rollup's
     * month rows, the other whole days from its day rows, the partial days from the digests,
     * and the digests of cases still short of a deadline as of ?3 take back the "due" the rollup counted for them.
     * (A rollup row's counts are read as integers — a day's cases of one key — so PostgreSQL sums them in 64 bits
     * rather than in numeric: a third of a year's time.)
     */
    public static String receivedSql(GroupBy groupBy) {
        String digestCounts = RECEIVED_COUNTS.stream().map(n -> n.equals("received") ? "1" : "c." + n)
                .collect(Collectors.joining(", "));
        String notYetDue = RECEIVED_COUNTS.stream().map(n -> n.equals("due") ? "-(c.disposal_pending AND c.deadline > ?3)::int"
                : n.endsWith("_due") ? "-s." + n : "0").collect(Collectors.joining(", "));
        String openRuns = Arrays.stream(CaseStage.values()).map(stage -> "count(*) FILTER (WHERE st.stage = '"
                + stage.name() + "') AS " + stage.name().toLowerCase(java.util.Locale.ROOT) + "_due")
                .collect(Collectors.joining(", "));
        String sums = RECEIVED_COUNTS.stream().map(n -> "sum(" + n + ")").collect(Collectors.joining(", "));
        String rollup = !groupBy.isRolledUp() ? "" : rollupRows("stats_received_rollup", groupBy.column + " AS key, "
                + RECEIVED_COUNTS.stream().map(n -> "c." + n + "::int").collect(Collectors.joining(", ")), "?4",
                "?5", "?7", "?8", "?6");
        return """
                WITH parts (key, %4$s) AS (
                %1$s    SELECT %2$s, %3$s FROM stats_case_digest c
                    WHERE ((c.created_at >= ?1 AND c.created_at < ?5) OR (c.created_at >= ?6 AND c.created_at < ?2))
                      AND (?4 = '' OR c.department_code = ?4)
                    UNION ALL
                    SELECT %2$s, %5$s FROM stats_case_digest c
                    CROSS JOIN LATERAL (SELECT %6$s FROM case_stage st
                                        WHERE st.case_id = c.case_id AND st.ended_at IS NULL AND st.due_at > ?3) s
                    WHERE c.pending_until > ?3 AND c.created_at >= ?1 AND c.created_at < ?2
                      AND (?4 = '' OR c.department_code = ?4)
                )
                -- a key whose cases all moved elsewhere since the rollup was folded adds up to no case: no row
                SELECT key, %7$s FROM parts GROUP BY 1 HAVING sum(received) <> 0 ORDER BY 1
                """.formatted(rollup, groupBy.column, digestCounts, String.join(", ", RECEIVED_COUNTS), notYetDue,
                openRuns, sums);
    }

    /**
     * The cases due in [?1, ?2) (应结案数) whenever they were received — a deadline in the period or a closure in it —
     * counted with whether their last closure before ?2 came and was on time; ?3 department, ?4 and ?5 the whole
     * days, ?6 and ?7 the whole months (month rows for those, day rows for the other whole days). The rollup keeps a case under the day of the earliest of its deadline and closures, which decides all
     * three counts unless the latest of them lies at or past an end of the period. Those cases (the cut, found by the
     * span index, which also holds what counting them needs) are taken back out and counted again: from their
     * deadline and closure when closed at most once, from their events when reopened and closed again.
     */
    public static String dueSql(GroupBy groupBy) {
        String rollup = !groupBy.isRolledUp() ? "" : rollupRows("stats_due_rollup", groupBy.column
                + ", c.due::int, c.closed::int, c.closed_on_time::int", "?3", "?4", "?6", "?7", "?5");
        String cutColumns = groupBy.column.replace("c.", "d.") + " AS key, d.case_id, d.due_lo, d.deadline, "
                + "d.last_closed_at, d.closures";
        return """
                WITH cut AS (
                    SELECT %2$s FROM stats_case_digest d
                    WHERE d.due_eligible AND d.due_hi > d.due_lo AND d.due_lo < ?1 AND (?3 = '' OR d.department_code = ?3)
                      AND tstzrange(d.due_lo, d.due_hi, '[]') @> CAST(?1 AS timestamptz)
                    UNION
                    SELECT %2$s FROM stats_case_digest d
                    WHERE d.due_eligible AND d.due_hi > d.due_lo AND d.due_lo < ?2 AND (?3 = '' OR d.department_code = ?3)
                      AND tstzrange(d.due_lo, d.due_hi, '[]') @> CAST(?2 AS timestamptz)
                ), parts (key, due, closed, closed_on_time) AS (
                %1$s    SELECT %3$s, 1, (c.last_closed_at IS NOT NULL)::int, coalesce(c.last_closed_at <= c.deadline, false)::int
                    FROM stats_case_digest c
                    WHERE c.due_eligible AND ((c.due_lo >= ?1 AND c.due_lo < ?4) OR (c.due_lo >= ?5 AND c.due_lo < ?2))
                      AND (?3 = '' OR c.department_code = ?3)
                    UNION ALL
                    -- the cut as counted above, taken away
                    SELECT c.key, -1, -(c.last_closed_at IS NOT NULL)::int, -coalesce(c.last_closed_at <= c.deadline, false)::int
                    FROM cut c WHERE c.due_lo >= ?1 AND c.due_lo < ?2
                    UNION ALL
                    -- the cut closed once: due if its deadline or its closure is in the period, closed if before its end
                    SELECT c.key, 1, (c.last_closed_at < ?2)::int, (c.last_closed_at < ?2 AND c.last_closed_at <= c.deadline)::int
                    FROM cut c
                    WHERE c.closures <= 1 AND ((c.deadline >= ?1 AND c.deadline < ?2)
                                              OR (c.last_closed_at >= ?1 AND c.last_closed_at < ?2))
                    UNION ALL
                    -- the cut closed more than once: from its events
                    SELECT c.key, 1, (c.closed_at IS NOT NULL)::int, coalesce(c.closed_at <= c.deadline, false)::int
                    FROM (SELECT cut.key, cut.deadline,
                                 (SELECT max(ev.at) FROM case_event ev
                                  WHERE ev.case_id = cut.case_id AND ev.to_state = 'CLOSED' AND ev.at < ?2) AS closed_at
                          FROM cut
                          WHERE cut.closures > 1 AND ((cut.deadline >= ?1 AND cut.deadline < ?2)
                                 OR EXISTS (SELECT 1 FROM case_event ev WHERE ev.case_id = cut.case_id
                                            AND ev.to_state = 'CLOSED' AND ev.at >= ?1 AND ev.at < ?2))) c
                )
                SELECT key, sum(due), sum(closed), sum(closed_on_time) FROM parts GROUP BY 1 HAVING sum(due) <> 0 ORDER BY 1
                """.formatted(rollup, cutColumns, groupBy.column);
    }
}
