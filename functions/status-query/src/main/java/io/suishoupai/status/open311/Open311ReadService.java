package io.suishoupai.status.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.caseflow.CaseEvent;
import io.suishoupai.shared.caseflow.CaseNumber;
import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseOutcome;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.open311.Open311Response;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.ActiveCategories;
import io.suishoupai.shared.view.ReferenceNames;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The read side of Open311 GeoReport v2: services are the active categories; requests are public views of cases
 * (no reporter, rounded location). Lifecycle states map to open/closed; status_notes is the latest public note,
 * agency_responsible the department, expected_datetime the deadline.
 */
@ApplicationScoped
public class Open311ReadService {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_RESULTS = 1000;
    private static final String TOKEN = "SELECT case_number FROM open311_token WHERE token = $1";
    /** Open311's "closed": a case in a final state. */
    static final List<CaseState> CLOSED = List.copyOf(CaseState.FINAL);

    @Inject
    Pool pool;

    @Inject
    ReferenceNames names;

    @Inject
    ActiveCategories activeCategories;

    @Inject
    AppClock clock;

    @Inject
    io.suishoupai.shared.config.SuishoupaiConfig config;

    public Uni<List<Map<String, Object>>> services() {
        return activeCategories.list().map(categories -> {
            List<Map<String, Object>> services = new ArrayList<>();
            for (Category c : categories) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("service_code", c.code);
                s.put("service_name", c.name);
                s.put("description", c.filingConditions);
                s.put("metadata", false);
                s.put("type", "realtime");
                s.put("keywords", c.nameEn);
                s.put("group", c.groupName);
                services.add(s);
            }
            return services;
        });
    }

    public Uni<Map<String, Object>> serviceDefinition(String code) {
        return activeCategories.includes(code).map(active -> {
            if (!active) {
                throw Problems.notFound(ErrorCode.SERVICE_NOT_FOUND, "There is no service " + code + ".");
            }
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("service_code", code);
            definition.put("attributes", List.of());
            return definition;
        });
    }

    public Uni<List<Map<String, Object>>> request(String id) {
        return select("c.case_number = $1", Tuple.of(CaseNumber.of(id).value())).invoke(found -> {
            if (found.isEmpty()) { // none, or hidden or private: nobody's business outside the city
                throw Problems.notFound(ErrorCode.REQUEST_NOT_FOUND, "There is no service request " + id + ".");
            }
        });
    }

    public Uni<List<Map<String, Object>>> token(String token) {
        return pool.preparedQuery(TOKEN).execute(Tuple.of(token)).map(rows -> {
            if (rows.size() == 0) {
                throw Problems.notFound(ErrorCode.TOKEN_NOT_FOUND, "There is no token " + token + ".");
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("service_request_id", rows.iterator().next().getString(0));
            answer.put("token", token);
            return List.of(answer);
        });
    }

    /** GET requests: by ids (other filters ignored, as the spec says), else by code, period (default 90 days) and status. */
    public Uni<List<Map<String, Object>>> requests(Map<String, String> params) {
        String ids = params.get("service_request_id");
        if (ids != null && !ids.isBlank()) {
            List<String> numbers = Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(String::toUpperCase).distinct().toList();
            int most = config.open311().maxRequestIds();
            if (numbers.size() > most) { // refused, not cut short: a client must know it did not get them all
                throw Problems.invalid("service_request_id", "lists " + numbers.size() + " ids; ask for at most " + most
                        + " at a time");
            }
            return select("c.case_number = ANY ($1)", Tuple.of(numbers.toArray(String[]::new)));
        }
        Instant now = clock.now();
        Instant end = dateTime(params.get("end_date"), "end_date", now);
        Instant start = dateTime(params.get("start_date"), "start_date", end.minus(Duration.ofDays(DEFAULT_DAYS)));
        if (!start.isBefore(end)) {
            throw Problems.invalid("start_date", "must be before end_date");
        }
        // hidden and private cases are nobody's business outside the city (moderate-case; select's condition)
        StringBuilder where = new StringBuilder("c.created_at >= $1 AND c.created_at < $2");
        Tuple values = Tuple.of(start.atOffset(java.time.ZoneOffset.UTC), end.atOffset(java.time.ZoneOffset.UTC));
        String codes = params.get("service_code");
        if (codes != null && !codes.isBlank()) {
            values.addArrayOfString(Arrays.stream(codes.split(",")).map(String::strip).toArray(String[]::new));
            where.append(" AND c.category_code = ANY ($").append(values.size()).append(")");
        }
        String status = params.get("status");
        if (status != null && !status.isBlank()) {
            List<String> statuses = Arrays.stream(status.split(",")).map(String::strip).toList();
            if (!List.of("open", "closed").containsAll(statuses)) {
                throw Problems.invalid("status", "must be open, closed or open,closed");
            }
            if (statuses.size() == 1) {
                values.addArrayOfString(CLOSED.stream().map(Enum::name).toArray(String[]::new));
                where.append(statuses.contains("open") ? " AND NOT" : " AND").append(" c.state = ANY ($")
                        .append(values.size()).append(")");
            }
        }
        return select(where.toString(), values);
    }

    /**
     * The requests the condition selects (public cases only), newest first, at most {@link #MAX_RESULTS}, with
     * each one's latest public note: one statement on the reactive pool, no entities (a thousand managed entities
     * cost more than the query), then named from the cached categories and departments.
     */
    private Uni<List<Map<String, Object>>> select(String condition, Tuple values) {
        String sql = "SELECT c.case_number, c.state, c.description, c.address, c.category_code, c.department_code, "
                + "c.created_at, c.updated_at, c.deadline, c.lat, c.lon, c.external_media_url, "
                + "(SELECT e.note FROM case_event e WHERE e.case_id = c.id AND e.public_note AND e.note IS NOT NULL "
                + "ORDER BY e.id DESC LIMIT 1) AS note "
                + "FROM city_case c WHERE NOT c.hidden AND NOT c.is_private AND " + condition
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT " + MAX_RESULTS;
        return names.load().chain(refs -> pool.preparedQuery(sql).execute(values)
                .map(rows -> {
                    List<Map<String, Object>> requests = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        String department = r.getString("department_code");
                        requests.add(toRequest(r, refs.categories().get(r.getString("category_code")),
                                department == null ? null : refs.departments().get(department)));
                    }
                    return requests;
                }));
    }

    /** The longest period one servicerequestupdates call may cover (its cost stays bounded by the index on at). */
    static final Duration MAX_UPDATES_PERIOD = Duration.ofDays(31);

    /**
     * mySociety's GeoReport v2 extension that FixMyStreet polls: the updates (our case events) of [start_date,
     * end_date), oldest first, at most {@link #MAX_RESULTS}; a client pages on by asking again from the last
     * updated_datetime. Default: the last 24 hours. Notes only where the public timeline shows them.
     */
    public Uni<List<Map<String, Object>>> updates(Map<String, String> params) {
        Instant now = clock.now();
        Instant end = dateTime(params.get("end_date"), "end_date", now);
        Instant start = dateTime(params.get("start_date"), "start_date", end.minus(Duration.ofDays(1)));
        if (!start.isBefore(end)) {
            throw Problems.invalid("start_date", "must be before end_date");
        }
        if (Duration.between(start, end).compareTo(MAX_UPDATES_PERIOD) > 0) {
            throw Problems.invalid("start_date", "asks for more than 31 days of updates; ask for a shorter period");
        }
        return CaseEvent.publicUpdates(pool, start, end, MAX_RESULTS)
                .map(updates -> updates.stream().map(e -> {
                    Map<String, Object> u = new LinkedHashMap<>();
                    u.put("update_id", String.valueOf(e.eventId()));
                    u.put("service_request_id", e.caseNumber());
                    u.put("status", updateStatus(e.to(), e.by()));
                    u.put("description", e.publicNote() == null ? "" : e.publicNote());
                    u.put("updated_datetime", Open311Response.dateTime(e.at()));
                    u.put("media_url", "");
                    return u;
                }).toList());
    }

    /**
     * Our states in the status words FixMyStreet reads from updates (mySociety's list has no "unable to fix": a
     * leader's unresolved closure is plain "closed", its reason in the update's description).
     */
    static String updateStatus(CaseState state, ActorRole by) {
        return switch (state) {
            case SUBMITTED -> "open";
            case CHECKING, FILED, RETURNED -> "investigating";
            case DISPATCHED, SUSPENDED, DEFERRED -> "action_scheduled";
            case DISPOSED -> "in_progress";
            case CLOSED -> CaseOutcome.ofClosing(by) == CaseOutcome.RESOLVED ? "fixed" : "closed";
            case NOT_FILED, VOIDED -> "no_further_action";
            case DUPLICATE -> "duplicate";
        };
    }

    private static Instant dateTime(String value, String field, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException again) {
                throw Problems.invalid(field, "must be a W3C date-time, like 2026-03-01T08:00:00+08:00");
            }
        }
    }

    static Map<String, Object> toRequest(Row c, Category category, Department department) {
        GeoPoint shown = new GeoPoint(c.getDouble("lat"), c.getDouble("lon")).roundedForPublic();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", c.getString("case_number"));
        r.put("status", CaseState.valueOf(c.getString("state")).isOpen() ? "open" : "closed");
        r.put("status_notes", c.getString("note"));
        r.put("service_name", category == null ? null : category.name);
        r.put("service_code", c.getString("category_code"));
        r.put("description", c.getString("description"));
        r.put("agency_responsible", department == null ? null : department.name);
        r.put("service_notice", null);
        r.put("requested_datetime", Open311Response.dateTime(instant(c, "created_at")));
        r.put("updated_datetime", Open311Response.dateTime(instant(c, "updated_at")));
        r.put("expected_datetime", Open311Response.dateTime(instant(c, "deadline")));
        r.put("address", c.getString("address"));
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", shown.lat());
        r.put("long", shown.lon());
        r.put("media_url", c.getString("external_media_url"));
        return r;
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime at = row.getOffsetDateTime(column);
        return at == null ? null : at.toInstant();
    }
}
