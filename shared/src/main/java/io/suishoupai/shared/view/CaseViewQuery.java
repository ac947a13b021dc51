package io.suishoupai.shared.view;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.RowJson;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.caseflow.CaseEvent;
import io.suishoupai.shared.caseflow.CaseMedia;
import io.suishoupai.shared.caseflow.CaseSupport;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.ExtensionRequest;
import io.suishoupai.shared.caseflow.StageRun;
import io.suishoupai.shared.caseflow.SuspensionRequest;
import io.suishoupai.shared.escalation.ReminderLevel;
import io.suishoupai.shared.runtime.SqlValues;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Everything a case's view needs besides the case itself, read in <b>one statement</b>: its category's and
 * department's names, its timeline, its media, its master's state, its units' and component's names, its
 * supporters (its duplicates' included) and, for staff, its reminders, approvals, pending requests and stage runs.
 * A view used to take eight to fourteen sequential round trips; at city scale each costs more than the work.
 * <p>
 * Two ways in: {@link #byNumber} reads the case row too, straight from the reactive pool (get-case, the busiest
 * read); {@link #forCase} runs in the caller's unit of work, for the views functions answer after a move (its
 * writes are already in what it reads).
 */
@ApplicationScoped
@RegisterForReflection(targets = { CityCase.class, CaseEvent.class, CaseMedia.class, StageRun.class,
        SuspensionRequest.class, ExtensionRequest.class, CaseViewQuery.RelatedJson.class, CaseViewQuery.StaffJson.class,
        CaseViewQuery.CodeNameJson.class })
public class CaseViewQuery {

    /** The case's related data, as the view builder reads it. */
    public record Related(CaseView.CodeName category, CaseView.CodeName department, List<CaseEvent> events,
            List<CaseMedia> media, String masterState, Map<String, String> areaNames, String componentName,
            long supporters, Staff staff) {
    }

    /** Staff only: reminders and escalations, approved extensions, requests waiting for a decision, stage runs. */
    public record Staff(long reminders, long escalations, long extensions, SuspensionRequest pendingSuspension,
            ExtensionRequest pendingExtension, List<StageRun> stages) {

        public static final Staff NONE = new Staff(0, 0, 0, null, null, List.of());
    }

    /** A case read with its related data. */
    public record Found(CityCase c, Related related) {
    }

    /**
     * {@code $1}: the case (by the WHERE clause), {@code $2}: whether to read the staff-only parts. Written with
     * PostgreSQL's placeholders; {@link #forCase} passes them to CurrentSql as {@code ?1}, {@code ?2}.
     */
    private static final String RELATED = """
            json_build_object(
              'category', (SELECT json_build_object('code', k.code, 'name', k.name) FROM category k
                           WHERE k.code = c.category_code),
              'department', (SELECT json_build_object('code', d.code, 'name', d.name) FROM department d
                             WHERE d.code = c.department_code),
              'events', coalesce((SELECT json_agg(e ORDER BY e.id) FROM case_event e WHERE e.case_id = c.id), '[]'),
              'media', coalesce((SELECT json_agg(m ORDER BY m.attached_at, m.object_key) FROM case_media m
                                 WHERE m.case_id = c.id), '[]'),
              'masterState', (SELECT o.state FROM city_case o WHERE o.case_number = c.duplicate_of),
              'areaNames', coalesce((SELECT json_object_agg(a.code, a.name) FROM area a
                                     WHERE a.code IN (c.district_code, c.street_code, c.community_code, c.grid_code)),
                                    '{}'),
              'componentName', (SELECT p.name FROM component p WHERE p.id = c.component_id),
              'supporters', %s,
              'staff', CASE WHEN $2 THEN json_build_object(
                'reminders', (SELECT count(*) FROM case_reminder r WHERE r.case_id = c.id),
                'escalations', (SELECT count(*) FROM case_reminder r WHERE r.case_id = c.id AND r.level IN (%s)),
                'extensions', (SELECT count(*) FROM extension_request x WHERE x.case_id = c.id AND x.state = 'APPROVED'),
                'pendingSuspension', (SELECT to_jsonb(s) || jsonb_build_object('until', s.resume_at)
                                      FROM suspension_request s
                                      WHERE s.case_id = c.id AND s.state = 'PENDING' LIMIT 1),
                'pendingExtension', (SELECT row_to_json(x) FROM extension_request x
                                     WHERE x.case_id = c.id AND x.state = 'PENDING' LIMIT 1),
                'stages', coalesce((SELECT json_agg(g ORDER BY g.id) FROM case_stage g WHERE g.case_id = c.id), '[]'))
              END)::text
            """.formatted(CaseSupport.COUNT_SQL, SqlValues.literals(ReminderLevel.ESCALATIONS));

    static final String BY_NUMBER = "SELECT row_to_json(c)::text AS found, " + RELATED + " AS related "
            + "FROM city_case c WHERE c.case_number = $1";

    static final String BY_ID = "SELECT " + RELATED + " FROM city_case c WHERE c.id = $1";

    @Inject
    Pool pool;

    @Inject
    RowJson rows;

    /** The case with this number and its related data, in one round trip on the pool; null when there is none. */
    public Uni<Found> byNumber(String caseNumber, boolean staff) {
        return pool.preparedQuery(BY_NUMBER).execute(Tuple.of(caseNumber, staff)).map(result -> {
            var it = result.iterator();
            if (!it.hasNext()) {
                return null;
            }
            Row row = it.next();
            return new Found(rows.read(row.getString("found"), CityCase.class), related(row.getString("related")));
        });
    }

    /**
     * Must run in a unit of work on the pool: the related data of a case, read on its connection. A pool transaction
     * writes as it goes, so the moves it made are in what the statement reads.
     */
    public Uni<Related> forCase(CityCase c, boolean staff) {
        return CurrentSql.here().value(BY_ID.replace("$", "?"), c.id, staff).map(json -> related((String) json));
    }

    /**
     * The related part as the statement writes it, read in one pass ({@link RowJson}; a JSON tree converted node by
     * node cost as much CPU as the rest of a view).
     */
    record RelatedJson(@JsonProperty("category") CodeNameJson category,
            @JsonProperty("department") CodeNameJson department, @JsonProperty("events") List<CaseEvent> events,
            @JsonProperty("media") List<CaseMedia> media, @JsonProperty("masterState") String masterState,
            @JsonProperty("areaNames") Map<String, String> areaNames,
            @JsonProperty("componentName") String componentName, @JsonProperty("supporters") long supporters,
            @JsonProperty("staff") StaffJson staff) {
    }

    record StaffJson(@JsonProperty("reminders") long reminders, @JsonProperty("escalations") long escalations,
            @JsonProperty("extensions") long extensions,
            @JsonProperty("pendingSuspension") SuspensionRequest pendingSuspension,
            @JsonProperty("pendingExtension") ExtensionRequest pendingExtension,
            @JsonProperty("stages") List<StageRun> stages) {
    }

    record CodeNameJson(@JsonProperty("code") String code, @JsonProperty("name") String name) {

        static CaseView.CodeName of(CodeNameJson json) {
            return json == null ? null : new CaseView.CodeName(json.code(), json.name());
        }
    }

    private Related related(String json) {
        RelatedJson n = rows.read(json, RelatedJson.class);
        StaffJson staff = n.staff();
        return new Related(CodeNameJson.of(n.category()), CodeNameJson.of(n.department()), n.events(), n.media(),
                n.masterState(), n.areaNames(), n.componentName(), n.supporters(),
                staff == null ? Staff.NONE : new Staff(staff.reminders(), staff.escalations(), staff.extensions(),
                        staff.pendingSuspension(), staff.pendingExtension(), staff.stages()));
    }
}
