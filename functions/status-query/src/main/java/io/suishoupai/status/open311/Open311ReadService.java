package io.suishoupai.status.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.open311.Open311Response;
import io.suishoupai.shared.open311.Open311Token;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.ReferenceNames;
import io.smallrye.mutiny.Uni;

/**
 * The read side of Open311 GeoReport v2: services are the active categories; requests are public views of cases
 * (no reporter, rounded location). Lifecycle states map to open/closed; status_notes is the latest public note,
 * agency_responsible the department, expected_datetime the deadline.
 */
@ApplicationScoped
public class Open311ReadService {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_RESULTS = 1000;
    /** Open311's "closed": a case in a final state. */
    static final List<CaseState> CLOSED = List.copyOf(CaseState.FINAL);

    @Inject
    Reactive reactive;

    @Inject
    ReferenceNames names;

    @Inject
    AppClock clock;

    @Inject
    io.suishoupai.shared.config.SuishoupaiConfig config;

    public Uni<List<Map<String, Object>>> services() {
        return reactive.session(() -> Category.<Category>list("active = true order by code")).map(categories -> {
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
        return reactive.session(() -> Category.<Category>findById(code)).map(c -> {
            if (c == null || !c.active) {
                throw Problems.notFound(ErrorCode.SERVICE_NOT_FOUND, "There is no service " + code + ".");
            }
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("service_code", c.code);
            definition.put("attributes", List.of());
            return definition;
        });
    }

    public Uni<List<Map<String, Object>>> request(String id) {
        return reactive.session(() -> CityCase.findByNumber(CaseNumber.of(id)).chain(c -> {
            if (c == null || !c.publiclyVisible()) {
                throw Problems.notFound(ErrorCode.REQUEST_NOT_FOUND, "There is no service request " + id + ".");
            }
            return render(List.of(c));
        }));
    }

    public Uni<List<Map<String, Object>>> token(String token) {
        return reactive.session(() -> Open311Token.<Open311Token>findById(token)).map(t -> {
            if (t == null) {
                throw Problems.notFound(ErrorCode.TOKEN_NOT_FOUND, "There is no token " + token + ".");
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("service_request_id", t.caseNumber);
            answer.put("token", t.token);
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
            return reactive.session(() -> CityCase.<CityCase>list("caseNumber in ?1 and hidden = false "
                    + "and isPrivate = false order by createdAt desc, id desc", numbers)
                    .chain(this::render));
        }
        Instant now = clock.now();
        Instant end = dateTime(params.get("end_date"), "end_date", now);
        Instant start = dateTime(params.get("start_date"), "start_date", end.minus(Duration.ofDays(DEFAULT_DAYS)));
        if (!start.isBefore(end)) {
            throw Problems.invalid("start_date", "must be before end_date");
        }
        // hidden and private cases are nobody's business outside the city (moderate-case)
        StringBuilder query = new StringBuilder("createdAt >= :start and createdAt < :end and hidden = false "
                + "and isPrivate = false");
        Map<String, Object> values = new HashMap<>();
        values.put("start", start);
        values.put("end", end);
        String codes = params.get("service_code");
        if (codes != null && !codes.isBlank()) {
            query.append(" and categoryCode in :codes");
            values.put("codes", Arrays.stream(codes.split(",")).map(String::strip).toList());
        }
        String status = params.get("status");
        if (status != null && !status.isBlank()) {
            List<String> statuses = Arrays.stream(status.split(",")).map(String::strip).toList();
            if (!List.of("open", "closed").containsAll(statuses)) {
                throw Problems.invalid("status", "must be open, closed or open,closed");
            }
            if (statuses.size() == 1) {
                query.append(statuses.contains("open") ? " and state not in :closed" : " and state in :closed");
                values.put("closed", CLOSED);
            }
        }
        query.append(" order by createdAt desc, id desc");
        return reactive.session(() -> CityCase.<CityCase>find(query.toString(), values).range(0, MAX_RESULTS - 1).list()
                .chain(this::render));
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
        return reactive.session(() -> CaseEvent.publicUpdates(start, end, MAX_RESULTS))
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

    /** Must run inside a session. */
    private Uni<List<Map<String, Object>>> render(List<CityCase> cases) {
        if (cases.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Long> ids = cases.stream().map(c -> c.id).toList();
        return names.load().chain(refs -> CaseEvent.latestPublicNotes(ids)
                .map(notes -> cases.stream().map(c -> toRequest(c, refs.categories().get(c.categoryCode),
                        c.departmentCode == null ? null : refs.departments().get(c.departmentCode), notes.get(c.id)))
                        .toList()));
    }

    static Map<String, Object> toRequest(CityCase c, Category category, Department department, String note) {
        GeoPoint shown = new GeoPoint(c.lat, c.lon).roundedForPublic();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", c.caseNumber);
        r.put("status", c.state.isOpen() ? "open" : "closed");
        r.put("status_notes", note);
        r.put("service_name", category == null ? null : category.name);
        r.put("service_code", c.categoryCode);
        r.put("description", c.description);
        r.put("agency_responsible", department == null ? null : department.name);
        r.put("service_notice", null);
        r.put("requested_datetime", Open311Response.dateTime(c.createdAt));
        r.put("updated_datetime", Open311Response.dateTime(c.updatedAt));
        r.put("expected_datetime", Open311Response.dateTime(c.deadline));
        r.put("address", c.address);
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", shown.lat());
        r.put("long", shown.lon());
        r.put("media_url", c.externalMediaUrl);
        return r;
    }
}
