package io.suishoupai.status.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.shared.caseflow.CaseStage;
import io.suishoupai.shared.escalation.ReminderLevel;
import io.suishoupai.shared.runtime.SqlValues;
import io.suishoupai.shared.stats.Indicators;
import io.suishoupai.shared.stats.Indicators.GroupBy;
import io.suishoupai.shared.stats.RollupPeriod;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * The statistics rollups (migration V22, kept by triggers) answer exactly what the indicators' definitions compute
 * from the raw cases, events, reminders, ratings, extensions and stage runs — for periods cut anywhere in a day, as
 * of any instant, for every grouping and for one department — before and after the cases move on, and before and
 * after the rollups are folded. The definitions are computed here by the statements case-stats ran before the
 * rollups (a scan of the period's cases), kept as the reference.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class IndicatorsRollupTest {

    static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");

    record Period(Instant from, Instant to) {
    }

    static final List<Period> PERIODS = List.of(
            // a month in the city (Beijing midnights, 16:00Z): one month row
            new Period(Instant.parse("2024-01-31T16:00:00Z"), Instant.parse("2024-02-29T16:00:00Z")),
            // UTC months: whole months (February–April) with whole days and a partial city day at each end
            new Period(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-05-01T00:00:00Z")),
            // whole months (February, March), whole days on both sides of them, no partial day
            new Period(Instant.parse("2024-01-14T16:00:00Z"), Instant.parse("2024-04-20T16:00:00Z")),
            // whole months and days with a partial day at each end
            new Period(Instant.parse("2024-01-14T20:00:00Z"), Instant.parse("2024-04-20T03:00:00Z")),
            // inside one day, and across one midnight
            new Period(Instant.parse("2024-02-10T05:00:00Z"), Instant.parse("2024-02-10T19:00:00Z")),
            new Period(Instant.parse("2024-02-10T20:00:00Z"), Instant.parse("2024-02-11T03:00:00Z")),
            // everything, and a week whose cases' deadlines and closures fall after it
            new Period(Instant.parse("2023-12-01T00:00:00Z"), Instant.parse("2024-12-01T00:00:00Z")),
            new Period(Instant.parse("2024-03-03T07:30:00Z"), Instant.parse("2024-03-10T07:30:00Z")));

    @Test
    void theRollupsKeepTheDaysAndMonthsOfTheZoneTheReadersCutPeriodsIn() throws SQLException {
        for (String instant : List.of("2024-01-31T15:59:59Z", "2024-01-31T16:00:00Z", "2024-07-15T03:00:00Z")) {
            var local = Instant.parse(instant).atZone(RollupPeriod.ZONE).toLocalDate();
            try (Connection db = TestInfra.connect(); PreparedStatement s = db.prepareStatement(
                    "select grain, day::text from stats_grains(cast(? as timestamptz)) order by grain")) {
                s.setObject(1, OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC));
                try (ResultSet rs = s.executeQuery()) {
                    List<String> grains = new ArrayList<>();
                    while (rs.next()) {
                        grains.add(rs.getString(1) + " " + rs.getString(2));
                    }
                    assertEquals(List.of("d " + local, "m " + local.withDayOfMonth(1)), grains, instant);
                }
            }
        }
    }

    @Test
    void rollupsAnswerWhatTheDefinitionsComputeAsCasesMoveAndAfterFolding() throws SQLException {
        generate();
        TestInfra.count("select stats_fold()");
        compareEverything("as generated and folded");
        move();
        assertTrue(TestInfra.count("select count(*) from stats_received_rollup where not folded") > 0,
                "the moves appended rows to the rollup");
        compareEverything("after the cases moved, unfolded");
        long written = TestInfra.count("select stats_fold()");
        assertTrue(written > 0, "folding wrote the days the moves touched");
        assertEquals(0, TestInfra.count("select count(*) from stats_received_rollup where not folded"));
        compareEverything("after folding");
        assertEquals(0, TestInfra.count("""
                select count(*) from stats_case_digest d full join stats_case_digest_source s on s.case_id = d.case_id
                where d is distinct from s"""), "every digest is its case's");
    }

    void compareEverything(String when) throws SQLException {
        try (Connection db = TestInfra.connect()) {
            for (Period p : PERIODS) {
                for (GroupBy g : GroupBy.values()) {
                    // as of the period's end for every grouping; as of earlier instants (some deadlines and stage
                    // runs not yet due) for a rolled-up grouping and one read from the digests alone
                    List<Instant> asOfs = g == GroupBy.NONE || g == GroupBy.GRID
                            ? List.of(p.to(), p.from().plusSeconds(86_400 * 3), p.from().plusSeconds(3_600))
                            : List.of(p.to());
                    for (Instant asOf : asOfs) {
                        for (String dept : List.of("", "PSGS")) {
                            String what = when + ": " + p + " as of " + asOf + " by " + g + " in '" + dept + "'";
                            RollupPeriod cut = g.isRolledUp() ? RollupPeriod.of(p.from(), p.to())
                                    : RollupPeriod.digestsOnly(p.from(), p.to());
                            assertEquals(rows(db, referenceReceived(g), p.from(), p.to(), asOf, dept),
                                    rows(db, Indicators.receivedSql(g), cut.from(), cut.to(), asOf, dept, cut.fullFrom(),
                                            cut.fullTo(), cut.monthFrom(), cut.monthTo()), "received, " + what);
                            assertEquals(rows(db, referenceDue(g), p.from(), p.to(), dept),
                                    rows(db, Indicators.dueSql(g), cut.from(), cut.to(), dept, cut.fullFrom(),
                                            cut.fullTo(), cut.monthFrom(), cut.monthTo()), "due, " + what);
                        }
                    }
                }
            }
        }
    }

    static final Pattern ORDINAL = Pattern.compile("\\?(\\d)");

    /** Runs a statement written with ?1..?n over JDBC; rows as lists of texts and longs. */
    static List<List<Object>> rows(Connection db, String sql, Object... params) throws SQLException {
        List<Integer> order = new ArrayList<>();
        Matcher m = ORDINAL.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement s = db.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < order.size(); i++) {
                Object p = params[order.get(i) - 1];
                s.setObject(i + 1, p instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : p);
            }
            List<List<Object>> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    row.add(rs.getString(1));
                    for (int c = 2; c <= columns; c++) {
                        row.add(rs.getLong(c));
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    /** Deterministic pseudo-random choices per case: h(g, 'salt') % n. */
    static final String H = "abs(hashtext(g::text || '%s')) %% %d";

    static String h(String salt, int n) {
        return H.formatted(salt, n);
    }

    /**
     * 2 400 cases from 2024-01-01, one every 73 minutes, each on one of twelve paths (kind): unscreened, not filed,
     * duplicate, dispatched and open, disposed awaiting a check, closed on time, closed late, returned and reworked,
     * closed then reopened and closed again, suspended, voided, and dispatched with a far deadline (closed or not
     * long after): deadlines and closures on both sides of the periods' ends.
     */
    static void generate() {
        TestInfra.execute("""
                insert into city_case (case_number, state, category_code, description, lat, lon, reporter_id, source,
                                       department_code, deadline, urgency, assignee_id, paused_at, resume_at,
                                       created_at, updated_at)
                select 'XR-' || lpad(g::text, 6, '0'),
                       (array['SUBMITTED','NOT_FILED','DUPLICATE','DISPATCHED','DISPOSED','CLOSED','CLOSED','CLOSED',
                              'CLOSED','SUSPENDED','VOIDED','DISPATCHED'])[1 + k],
                       (select array_agg(code order by code) from category)[1 + %1$s],
                       '生成的案件', 29.84, 114.32, 'citizen-rollup', (array['CITIZEN','STAFF','OPEN311'])[1 + %2$s],
                       case when k < 3 or %3$s = 0 then null else (array['SWJT','PSGS','GDGS','CGJ'])[1 + %4$s] end,
                       case when k < 3 then null
                            when k = 11 then created + interval '60 days'
                            else created + (1 + %5$s) * interval '1 day' end,
                       case when %6$s = 0 then 'URGENT' else 'NORMAL' end,
                       case when %7$s = 0 then 'handler-' || (g %% 3) end,
                       case when k = 9 then created + interval '3 hours' end,
                       case when k = 9 then created + interval '40 days' end,
                       created, created
                from (select g, %8$s as k, timestamptz '2024-01-01T00:00:00Z' + g * interval '73 minutes' as created
                      from generate_series(1, 2400) g) s
                """.formatted(h("cat", 40), h("src", 3), h("nodept", 7), h("dept", 4), h("days", 5), h("urg", 6),
                h("who", 5), h("kind", 12)));
        // the paths: (kind, step, from, to, actor role, hours after the case came in; -1: its deadline plus a day)
        TestInfra.execute("""
                insert into case_event (case_id, at, actor_id, actor_role, from_state, to_state, public_note)
                select c.id, case when p.hours < 0 then c.deadline + interval '1 day' else c.created_at + p.hours * interval '1 hour' end,
                       'gen', p.role, p.from_state, p.to_state, true
                from city_case c
                join lateral (select substring(c.case_number from 4)::int as g) n on true
                join lateral (select %1$s as k) kk on true
                join (values
                    (1, 'SUBMITTED', 'NOT_FILED', 'SCREENER', 1),
                    (2, 'SUBMITTED', 'DUPLICATE', 'SCREENER', 1),
                    (3, 'SUBMITTED', 'FILED', 'SCREENER', 1), (3, 'FILED', 'DISPATCHED', 'SCREENER', 2),
                    (4, 'SUBMITTED', 'FILED', 'SCREENER', 1), (4, 'FILED', 'DISPATCHED', 'SCREENER', 2),
                    (4, 'DISPATCHED', 'DISPOSED', 'HANDLER', 20),
                    (5, 'SUBMITTED', 'FILED', 'SCREENER', 1), (5, 'FILED', 'DISPATCHED', 'SCREENER', 2),
                    (5, 'DISPATCHED', 'DISPOSED', 'HANDLER', 12), (5, 'DISPOSED', 'CLOSED', 'INSPECTOR', 30),
                    (6, 'SUBMITTED', 'FILED', 'SCREENER', 1), (6, 'FILED', 'DISPATCHED', 'SCREENER', 2),
                    (6, 'DISPATCHED', 'DISPOSED', 'HANDLER', 170), (6, 'DISPOSED', 'CLOSED', 'INSPECTOR', 200),
                    (7, 'SUBMITTED', 'FILED', 'SCREENER', 1), (7, 'FILED', 'DISPATCHED', 'SCREENER', 2),
                    (7, 'DISPATCHED', 'RETURNED', 'HANDLER', 3), (7, 'RETURNED', 'DISPATCHED', 'SCREENER', 4),
                    (7, 'DISPATCHED', 'DISPOSED', 'HANDLER', 10), (7, 'DISPOSED', 'DISPATCHED', 'INSPECTOR', 14),
                    (7, 'DISPATCHED', 'DISPOSED', 'HANDLER', 20), (7, 'DISPOSED', 'CLOSED', 'INSPECTOR', -1),
                    (8, 'SUBMITTED', 'FILED', 'SCREENER', 1), (8, 'FILED', 'DISPATCHED', 'SCREENER', 2),
                    (8, 'DISPATCHED', 'DISPOSED', 'HANDLER', 8), (8, 'DISPOSED', 'CLOSED', 'INSPECTOR', 9),
                    (8, 'CLOSED', 'DISPATCHED', 'CITIZEN', 100), (8, 'DISPATCHED', 'DISPOSED', 'HANDLER', 300),
                    (8, 'DISPOSED', 'CLOSED', 'LEADER', 500),
                    (9, 'SUBMITTED', 'FILED', 'SCREENER', 1), (9, 'FILED', 'DISPATCHED', 'SCREENER', 2),
                    (9, 'DISPATCHED', 'SUSPENDED', 'LEADER', 3),
                    (10, 'SUBMITTED', 'FILED', 'SCREENER', 1), (10, 'FILED', 'DISPATCHED', 'SCREENER', 2),
                    (10, 'DISPATCHED', 'VOIDED', 'LEADER', 30),
                    (11, 'SUBMITTED', 'FILED', 'SCREENER', 1), (11, 'FILED', 'DISPATCHED', 'SCREENER', 2)
                ) as p (kind, from_state, to_state, role, hours) on p.kind = kk.k
                where c.case_number like 'XR-%%'
                """.formatted(h("kind", 12)));
        // kind 11, half of them: disposed after 35 days and closed after 40 (past most periods' ends)
        TestInfra.execute("""
                insert into case_event (case_id, at, actor_id, actor_role, from_state, to_state, public_note)
                select c.id, c.created_at + d.days * interval '1 day', 'gen', d.role, d.from_state, d.to_state, true
                from city_case c join lateral (select substring(c.case_number from 4)::int as g) n on true
                cross join (values (35, 'DISPATCHED', 'DISPOSED', 'HANDLER'), (40, 'DISPOSED', 'CLOSED', 'INSPECTOR'))
                    as d (days, from_state, to_state, role)
                where c.case_number like 'XR-%%' and %1$s = 11 and g %% 2 = 0
                """.formatted(h("kind", 12)));
        TestInfra.execute("update city_case set state = 'CLOSED' where case_number like 'XR-%' and state = 'DISPATCHED' "
                + "and exists (select 1 from case_event e where e.case_id = city_case.id and e.to_state = 'CLOSED')");
        // reminders, ratings, extensions
        TestInfra.execute("""
                insert into case_reminder (case_id, level, dispatched_at, at)
                select c.id, l.level, c.created_at + interval '2 hours', c.created_at + l.hours * interval '1 hour'
                from city_case c join lateral (select substring(c.case_number from 4)::int as g) n on true
                cross join (values ('DUE_SOON', 20), ('OVERDUE', 50), ('LEADERSHIP', 80)) as l (level, hours)
                where c.case_number like 'XR-%%' and c.department_code is not null
                  and %1$s < (case l.level when 'DUE_SOON' then 2 when 'OVERDUE' then 1 else 0 end + %2$s)
                """.formatted(h("rem", 3), h("lead", 2)));
        TestInfra.execute("""
                insert into case_rating (case_id, reporter_id, score, reopened, at)
                select c.id, 'citizen-rollup', 1 + %1$s, false, c.updated_at
                from city_case c join lateral (select substring(c.case_number from 4)::int as g) n on true
                where c.case_number like 'XR-%%' and c.state = 'CLOSED' and %2$s = 0
                """.formatted(h("score", 5), h("rated", 3)));
        TestInfra.execute("""
                insert into extension_request (case_id, hours, reason, requested_by, requested_at, state)
                select c.id, 24, '需要更多时间', 'handler-1', c.created_at + interval '5 hours',
                       (array['APPROVED', 'PENDING', 'REJECTED'])[1 + %1$s]
                from city_case c join lateral (select substring(c.case_number from 4)::int as g) n on true
                where c.case_number like 'XR-%%' and c.deadline is not null and %2$s = 0
                """.formatted(h("ext", 3), h("asked", 4)));
        // stage runs: screening for every case (open while unscreened), dispatch, verification (open while disposed)
        TestInfra.execute("""
                insert into case_stage (case_id, stage, started_at, due_at, ended_at)
                select c.id, s.stage, c.created_at + s.start * interval '1 hour',
                       c.created_at + s.due * interval '1 hour',
                       case when s.stage = 'SCREENING' and c.state = 'SUBMITTED' then null
                            when s.stage = 'VERIFICATION' and c.state = 'DISPOSED' then null
                            when s.stage = 'DISPATCH' and %1$s = 0 then c.created_at + interval '5 hours'
                            else c.created_at + s.ended * interval '1 hour' end
                from city_case c join lateral (select substring(c.case_number from 4)::int as g) n on true
                cross join (values ('SCREENING', 0, 4, 1), ('CHECK', 0, 2, 1), ('DISPATCH', 1, 3, 2),
                                   ('VERIFICATION', 20, 24000, 30)) as s (stage, start, due, ended)
                where c.case_number like 'XR-%%'
                  and (s.stage = 'SCREENING' or (s.stage = 'CHECK' and %2$s = 0)
                       or (s.stage = 'DISPATCH' and c.department_code is not null)
                       or (s.stage = 'VERIFICATION' and c.state in ('DISPOSED', 'CLOSED')))
                """.formatted(h("lateDispatch", 3), h("check", 5)));
    }

    /** The cases move on: handed to another department, closed, extensions decided, ratings changed, a run ends. */
    static void move() {
        TestInfra.execute("update city_case set department_code = 'CGJ' where case_number like 'XR-%' "
                + "and department_code is not null and substring(case_number from 4)::int % 50 = 1");
        TestInfra.execute("""
                insert into case_event (case_id, at, actor_id, actor_role, from_state, to_state, public_note)
                select c.id, c.created_at + interval '10 days', 'gen', 'INSPECTOR', 'DISPOSED', 'CLOSED', true
                from city_case c where c.case_number like 'XR-%' and c.state = 'DISPOSED'
                  and substring(c.case_number from 4)::int % 3 = 0""");
        TestInfra.execute("update case_stage set ended_at = started_at + interval '200 hours' where stage = 'VERIFICATION' "
                + "and ended_at is null and case_id in (select id from city_case where case_number like 'XR-%' "
                + "and state = 'DISPOSED' and substring(case_number from 4)::int % 3 = 0)");
        TestInfra.execute("update city_case set state = 'CLOSED', outcome = 'RESOLVED' where case_number like 'XR-%' "
                + "and state = 'DISPOSED' and substring(case_number from 4)::int % 3 = 0");
        TestInfra.execute("update extension_request set state = 'APPROVED', decided_by = 'leader', decided_at = requested_at "
                + "where state = 'PENDING' and case_id in (select id from city_case where case_number like 'XR-%')");
        TestInfra.execute("update case_rating set score = 6 - score where reporter_id = 'citizen-rollup' and score <> 3");
        TestInfra.execute("update city_case set deadline = deadline + interval '26 days' where case_number like 'XR-%' "
                + "and state = 'DISPATCHED' and substring(case_number from 4)::int % 4 = 0");
        TestInfra.execute("update city_case set state = 'VOIDED' where case_number like 'XR-%' and state = 'DISPATCHED' "
                + "and substring(case_number from 4)::int % 9 = 0");
    }

    // --- the reference: the definitions computed from the raw rows (case-stats' statements before the rollups) ---

    static String referenceReceived(GroupBy groupBy) {
        String key = column(groupBy);
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
                ), r AS (
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

    static String stageCounts() {
        return Arrays.stream(CaseStage.values()).map(stage -> {
            String name = stage.name().toLowerCase(java.util.Locale.ROOT);
            return "count(*) FILTER (WHERE s.stage = '" + stage.name() + "' AND (s.ended_at IS NOT NULL OR s.due_at <= ?3)) AS "
                    + name + "_due, count(*) FILTER (WHERE s.stage = '" + stage.name() + "' AND s.ended_at <= s.due_at) AS "
                    + name + "_on_time";
        }).collect(java.util.stream.Collectors.joining(", "));
    }

    static String stageSums() {
        return Arrays.stream(CaseStage.values()).map(stage -> {
            String name = stage.name().toLowerCase(java.util.Locale.ROOT);
            return "coalesce(sum(st." + name + "_due), 0) AS " + name + "_due, coalesce(sum(st." + name
                    + "_on_time), 0) AS " + name + "_on_time";
        }).collect(java.util.stream.Collectors.joining(", "));
    }

    static String referenceDue(GroupBy groupBy) {
        return """
                WITH due AS (
                    SELECT id FROM city_case WHERE deadline >= ?1 AND deadline < ?2
                    UNION
                    SELECT ev.case_id FROM case_event ev WHERE ev.to_state = 'CLOSED' AND ev.at >= ?1 AND ev.at < ?2
                ), d AS (
                    SELECT c.*,
                           (SELECT max(ev.at) FROM case_event ev
                            WHERE ev.case_id = c.id AND ev.to_state = 'CLOSED' AND ev.at < ?2) AS closed_at
                    FROM city_case c JOIN due ON due.id = c.id
                    WHERE c.department_code IS NOT NULL AND c.state NOT IN ('SUSPENDED', 'DEFERRED', 'VOIDED')
                      AND (?3 = '' OR c.department_code = ?3)
                )
                SELECT %1$s AS key,
                       count(*) AS due,
                       count(*) FILTER (WHERE c.closed_at IS NOT NULL) AS closed,
                       count(*) FILTER (WHERE c.closed_at <= c.deadline) AS closed_on_time
                FROM d c
                GROUP BY 1
                ORDER BY 1
                """.formatted(column(groupBy));
    }

    /** The key column of a grouping, as both the reference and the rollup statements name it. */
    static String column(GroupBy groupBy) {
        return switch (groupBy) {
            case NONE -> "'ALL'";
            case DEPARTMENT -> "c.department_code";
            case CATEGORY -> "c.category_code";
            case SOURCE -> "c.source";
            case ASSIGNEE -> "c.assignee_id";
            case DISTRICT -> "c.district_code";
            case STREET -> "c.street_code";
            case COMMUNITY -> "c.community_code";
            case GRID -> "c.grid_code";
        };
    }
}
