package io.suishoupai.shared.caseflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;

/**
 * A new case and its first event, written in one statement that returns the case's id (issue #19): one round trip
 * for both rows of every report. Every column of {@link CityCase} but its id is written, named once below;
 * NewCaseInsertTest holds the list to the entity's fields.
 */
final class NewCaseInsert {

    private NewCaseInsert() {
    }

    /** Each column of city_case with the value a new case gives it, in the statement's order. */
    static final Map<String, Function<CityCase, Object>> CASE_COLUMNS = columns();

    /** The first event's columns after case_id (which the statement takes from the inserted case). */
    static final List<String> EVENT_COLUMNS = List.of("at", "actor_id", "actor_role", "from_state", "to_state", "note",
            "public_note", "media_keys");

    static final String SQL = sql();

    private static Map<String, Function<CityCase, Object>> columns() {
        Map<String, Function<CityCase, Object>> c = new LinkedHashMap<>();
        c.put("case_number", x -> x.caseNumber);
        c.put("state", x -> name(x.state));
        c.put("category_code", x -> x.categoryCode);
        c.put("description", x -> x.description);
        c.put("address", x -> x.address);
        c.put("lat", x -> x.lat);
        c.put("lon", x -> x.lon);
        c.put("reporter_id", x -> x.reporterId);
        c.put("source", x -> name(x.source));
        c.put("department_code", x -> x.departmentCode);
        c.put("deadline", x -> x.deadline);
        c.put("duplicate_of", x -> x.duplicateOf);
        c.put("rework_count", x -> x.reworkCount);
        c.put("created_at", x -> x.createdAt);
        c.put("updated_at", x -> x.updatedAt);
        c.put("route_rule_id", x -> x.routeRuleId);
        c.put("dispatched_at", x -> x.dispatchedAt);
        c.put("extension_hours", x -> x.extensionHours);
        c.put("external_media_url", x -> x.externalMediaUrl);
        c.put("district_code", x -> x.districtCode);
        c.put("street_code", x -> x.streetCode);
        c.put("community_code", x -> x.communityCode);
        c.put("grid_code", x -> x.gridCode);
        c.put("placed_at", x -> x.placedAt);
        c.put("component_id", x -> x.componentId);
        c.put("urgency", x -> name(x.urgency));
        c.put("checked_at", x -> x.checkedAt);
        c.put("contact_name", x -> x.contactName);
        c.put("contact_phone", x -> x.contactPhone);
        c.put("outcome", x -> name(x.outcome));
        c.put("paused_at", x -> x.pausedAt);
        c.put("resume_at", x -> x.resumeAt);
        c.put("hidden", x -> x.hidden);
        c.put("hidden_reason", x -> x.hiddenReason);
        c.put("is_private", x -> x.isPrivate);
        c.put("edited", x -> x.edited);
        c.put("assignee_id", x -> x.assigneeId);
        c.put("assigned_at", x -> x.assignedAt);
        c.put("version", x -> x.version);
        return c;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String sql() {
        int cases = CASE_COLUMNS.size();
        return "WITH c AS (INSERT INTO city_case (" + String.join(", ", CASE_COLUMNS.keySet()) + ") VALUES ("
                + placeholders(1, cases) + ") RETURNING id) INSERT INTO case_event (case_id, "
                + String.join(", ", EVENT_COLUMNS) + ") SELECT id, " + placeholders(cases + 1, EVENT_COLUMNS.size())
                + " FROM c RETURNING case_id";
    }

    private static String placeholders(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
    }

    /** Must run inside a transaction. Writes the case and its event; the case's id, which it also sets. */
    static Uni<Long> write(CityCase c, CaseEvent first) {
        Object[] event = {first.at, first.actorId, name(first.actorRole), name(first.fromState), name(first.toState),
                first.note, first.publicNote, first.mediaKeys};
        List<Object> values = new ArrayList<>(CASE_COLUMNS.size() + event.length);
        for (Function<CityCase, Object> value : CASE_COLUMNS.values()) {
            values.add(value.apply(c));
        }
        values.addAll(Arrays.asList(event));
        return CurrentSql.here().value(SQL, values.toArray()).map(id -> ((Number) id).longValue()).invoke(id -> {
            c.id = id;
            first.caseId = id;
        });
    }
}
