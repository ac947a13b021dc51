package io.suishoupai.shared.stats;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.shared.caseflow.CaseSource;
import io.suishoupai.shared.caseflow.CaseStage;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.config.SuishoupaiConfig;
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
        /** The handler a department's lead assigned the case to (staff only: its keys are accounts). */
        ASSIGNEE("c.assignee_id"),
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

    /** The rates every row carries (its {@code indicators}), in order: the names a score may weigh. */
    public static final List<String> RATES = java.util.stream.Stream.concat(Stream.of("filingRate", "dispatchAccuracy",
            "onTimeDisposalRate", "closureRate", "reworkRate", "averageSatisfaction", "extensionRate", "dueClosureRate",
            "onTimeClosureRate"), Arrays.stream(CaseStage.values()).map(CaseStage::rateName)).toList();

    @Inject
    ReferenceNames names;

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

    /** Must run inside a session. {@code asOf}: deadlines before it count as due. */
    public Uni<List<CaseStats.Row>> compute(Instant from, Instant to, Instant asOf, GroupBy grouping) {
        return compute(from, to, asOf, grouping, null);
    }

    /** The same for one department's cases ({@code department} null: the whole city's). */
    public Uni<List<CaseStats.Row>> compute(Instant from, Instant to, Instant asOf, GroupBy grouping,
            String department) {
        String only = department == null ? "" : department;
        return names.load().chain(refs -> Panache.getSession().chain(session -> session
                .createNativeQuery(sql(grouping), Object[].class)
                .setParameter(1, from).setParameter(2, to).setParameter(3, asOf).setParameter(4, only)
                .getResultList()
                .chain(received -> session.createNativeQuery(dueSql(grouping), Object[].class)
                        .setParameter(1, from).setParameter(2, to).setParameter(3, only).getResultList()
                        .map(due -> groups(received.stream().map(Tally::of).toList(),
                                due.stream().map(DueTally::of).toList(), grouping)))
                .chain(groups -> (grouping.isUnit() ? Area.namesOf(groups.stream().map(Group::key).toList())
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
                        : rows)));
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

    /** One pass over the period's cases joined with a per-case digest of their events. */
    static String sql(GroupBy groupBy) {
        String key = groupBy.column;
        return """
                WITH c AS (
                    SELECT id, department_code, category_code, source, deadline, urgency, district_code, street_code,
                           community_code, grid_code, assignee_id
                    FROM city_case
                    WHERE created_at >= ?1 AND created_at < ?2 AND (?4 = '' OR department_code = ?4)
                ), e AS (
                    SELECT ev.case_id,
                           bool_or(ev.to_state IN ('FILED', 'NOT_FILED', 'DUPLICATE')) AS screened,
                           bool_or(ev.to_state = 'FILED') AS filed,
                           bool_or(ev.to_state = 'DISPATCHED' AND ev.from_state IN ('FILED', 'RETURNED')) AS dispatched,
                           bool_or(ev.to_state = 'RETURNED') AS returned,
                           min(ev.at) FILTER (WHERE ev.to_state = 'DISPOSED') AS first_disposed,
                           bool_or(ev.to_state = 'CLOSED') AS closed,
                           bool_or(ev.to_state = 'SUSPENDED') AS suspended,
                           bool_or(ev.to_state = 'VOIDED') AS voided,
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
                ), x AS (
                    SELECT DISTINCT er.case_id FROM extension_request er JOIN c ON c.id = er.case_id
                    WHERE er.state = 'APPROVED'
                ), st AS (
                    SELECT s.case_id, %4$s
                    FROM case_stage s JOIN c ON c.id = s.case_id
                    GROUP BY s.case_id
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
                       count(q.score) AS rated,
                       count(*) FILTER (WHERE c.urgency = 'URGENT') AS urgent,
                       count(*) FILTER (WHERE e.dispatched AND x.case_id IS NOT NULL) AS extended,
                       count(*) FILTER (WHERE e.suspended) AS suspended,
                       count(*) FILTER (WHERE e.voided) AS voided,
                       %3$s
                FROM c LEFT JOIN e ON e.case_id = c.id LEFT JOIN r ON r.case_id = c.id LEFT JOIN q ON q.case_id = c.id
                       LEFT JOIN x ON x.case_id = c.id LEFT JOIN st ON st.case_id = c.id
                GROUP BY 1
                ORDER BY 1
                """.formatted(key, SqlValues.literals(ReminderLevel.ESCALATIONS), stageSums(), stageCounts());
    }

    /** Per stage, the runs due (ended, or past due as of ?3) and on time (ended by their due time), per case. */
    private static String stageCounts() {
        return Arrays.stream(CaseStage.values()).map(stage -> {
            String name = stage.name().toLowerCase(java.util.Locale.ROOT);
            return "count(*) FILTER (WHERE s.stage = '" + stage.name() + "' AND (s.ended_at IS NOT NULL OR s.due_at <= ?3)) AS "
                    + name + "_due, count(*) FILTER (WHERE s.stage = '" + stage.name() + "' AND s.ended_at <= s.due_at) AS "
                    + name + "_on_time";
        }).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The same summed over a group, in CaseStage order (Tally.STAGES_FROM on). */
    private static String stageSums() {
        return Arrays.stream(CaseStage.values()).map(stage -> {
            String name = stage.name().toLowerCase(java.util.Locale.ROOT);
            return "coalesce(sum(st." + name + "_due), 0) AS " + name + "_due, coalesce(sum(st." + name
                    + "_on_time), 0) AS " + name + "_on_time";
        }).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The cases due in [?1, ?2) (应结案数) whenever they were received — a deadline in the period or a closure in it
     * — with when each last closed before ?2.
     */
    static String dueSql(GroupBy groupBy) {
        return """
                WITH due AS (
                    -- two index reads, not "deadline in it OR closed in it", which made PostgreSQL read every case
                    SELECT id FROM city_case WHERE deadline >= ?1 AND deadline < ?2
                    UNION
                    SELECT ev.case_id FROM case_event ev WHERE ev.to_state = 'CLOSED' AND ev.at >= ?1 AND ev.at < ?2
                ), d AS (
                    SELECT c.*,
                           (SELECT max(ev.at) FROM case_event ev
                            WHERE ev.case_id = c.id AND ev.to_state = 'CLOSED' AND ev.at < ?2) AS closed_at
                    FROM city_case c JOIN due ON due.id = c.id
                    WHERE c.department_code IS NOT NULL AND c.state NOT IN (%2$s) AND (?3 = '' OR c.department_code = ?3)
                )
                SELECT %1$s AS key,
                       count(*) AS due,
                       count(*) FILTER (WHERE c.closed_at IS NOT NULL) AS closed,
                       count(*) FILTER (WHERE c.closed_at <= c.deadline) AS closed_on_time
                FROM d c
                GROUP BY 1
                ORDER BY 1
                """.formatted(groupBy.column, SqlValues.literals(NOT_DUE));
    }

    /** Cases in these states now are not due: parked, deferred (their clocks start again) or voided. */
    static final java.util.Set<CaseState> NOT_DUE = java.util.EnumSet.of(CaseState.SUSPENDED, CaseState.DEFERRED,
            CaseState.VOIDED);
}
