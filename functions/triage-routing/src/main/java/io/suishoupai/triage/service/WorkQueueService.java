package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CaseSupport;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.ExtensionRequest;
import io.suishoupai.shared.caseflow.SuspensionRequest;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.view.CaseView.CodeName;
import io.suishoupai.shared.runtime.RowJson;
import io.suishoupai.shared.view.CaseView.Location;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.triage.dto.WorkQueuePage;
import io.suishoupai.triage.dto.WorkQueueQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The work queues (a handler's MINE: what their lead assigned them; the inspectors' CHECK: cases sent for an on-site check, longest waiting first; PARKED: paused
 * cases, the soonest to resume first). Screening (SUBMITTED, FILED awaiting dispatch, RETURNED) oldest first; a department's
 * DISPATCHED cases (rework included) and the inspectors' DISPOSED cases by deadline, so overdue come first.
 * <p>
 * A queue's page is <b>one statement</b> on the pool, no Hibernate session: the page's cases with their category's
 * and grid's names and their supporters, and the queue's length. Staff open their queue all day; it used to take
 * four sequential round trips through Hibernate (page, count, grid names, supporters).
 */
@ApplicationScoped
public class WorkQueueService {

    @Inject
    Pool pool;

    @Inject
    RowJson rows;

    @Inject
    AppClock clock;

    @Inject
    AssignmentService assignments;

    @Inject
    SuishoupaiConfig config;

    /**
     * A queue's cases as SQL over {@code city_case c}: the condition with its parameters ($1 …), and the key the queue
     * is ordered by (ascending unless {@code descending}; {@code c.id} breaks ties).
     */
    record Selection(String where, List<Object> params, String key, boolean descending) {

        Selection orderedBy(String otherKey, boolean otherDescending) {
            return new Selection(where, params, otherKey, otherDescending);
        }
    }

    public Uni<WorkQueuePage> queue(Caller caller, WorkQueueQuery query) {
        InputCheck check = InputCheck.of(query)
                .require(query.queue() != null, "queue", "must be one of " + java.util.Arrays.toString(WorkQueueQuery.Queue.values()))
                .require(query.sort() != null, "sort", "must be one of " + java.util.Arrays.toString(WorkQueueQuery.Sort.values()))
                .paging(query.getPage(), query.getSize(), 100);
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem");
        GeoPoint near = nearPoint(check, query.getNear());
        check.orThrow();
        CoordSystem system = CoordSystem.orDefault(query.getCoordSystem());
        GeoPoint from = near == null ? null : system.toWgs84(near);
        int page = query.pageOrFirst();
        int size = query.sizeOr(20);
        Instant now = clock.now();
        Selection queue = select(caller, query.queue());
        List<Object> params = new ArrayList<>(queue.params());
        Selection ordered = queue;
        if (from != null) {
            double k = Math.cos(Math.toRadians(from.lat()));
            ordered = queue.orderedBy(distanceOrder(params.size()), false);
            params.addAll(List.of(from.lat(), from.lon(), k * k));
        } else if (query.sort() == WorkQueueQuery.Sort.SUPPORTERS) {
            ordered = queue.orderedBy(CaseSupport.COUNT_SQL, true);
        }
        params.add((long) size);
        params.add((long) page * size);
        boolean handler = caller.has(Role.HANDLER) && caller.department() != null;
        Uni<Void> roster = handler && (query.queue() == WorkQueueQuery.Queue.DEPARTMENT
                || query.queue() == WorkQueueQuery.Queue.MINE) ? assignments.noteSeen(caller, now)
                : Uni.createFrom().voidItem();
        String statement = statement(ordered, params.size());
        return roster.chain(() -> pool.preparedQuery(statement).execute(Tuple.from(params)))
                .map(result -> page(rows.read(result.iterator().next().getString(0), Answer.class), system, from,
                        page, size, now));
    }

    /**
     * The statement's answer as it writes it, read in one pass onto the cases ({@link RowJson}; a JSON tree converted
     * node by node was about 40 % of a queue's CPU).
     */
    @RegisterForReflection
    record Answer(@JsonProperty("total") long total, @JsonProperty("items") List<Item> items) {
    }

    @RegisterForReflection
    record Item(@JsonProperty("case") CityCase found, @JsonProperty("categoryName") String categoryName,
            @JsonProperty("gridName") String gridName, @JsonProperty("supporters") long supporters) {
    }

    /**
     * The page (the last two parameters: LIMIT and OFFSET) and the queue's length in one row of JSON. The page's rows
     * carry their sort key, so the aggregate orders them as the page did; names and supporters are read for the
     * page's rows only.
     */
    static String statement(Selection s, int paramCount) {
        String direction = s.descending() ? " DESC" : "";
        return "SELECT json_build_object("
                + "'total', (SELECT count(*) FROM city_case c WHERE " + s.where() + "), "
                + "'items', coalesce((SELECT json_agg(json_build_object("
                + "'case', row_to_json(c), "
                + "'categoryName', (SELECT k.name FROM category k WHERE k.code = c.category_code), "
                + "'gridName', (SELECT a.name FROM area a WHERE a.code = c.grid_code), "
                + "'supporters', " + CaseSupport.COUNT_SQL + ") ORDER BY c.sort_key" + direction + ", c.id) "
                + "FROM (SELECT c.*, " + s.key() + " AS sort_key FROM city_case c WHERE " + s.where()
                + " ORDER BY sort_key" + direction + ", c.id LIMIT $" + (paramCount - 1) + " OFFSET $" + paramCount
                + ") c), '[]'))::text";
    }

    /** Nearest first, on an equirectangular approximation (exact enough to order a city's cases). */
    static String distanceOrder(int paramsBefore) {
        int lat = paramsBefore + 1;
        int lon = paramsBefore + 2;
        int k = paramsBefore + 3;
        return "((c.lat - $" + lat + ") * (c.lat - $" + lat + ") + (c.lon - $" + lon + ") * (c.lon - $" + lon + ") * $"
                + k + ")";
    }

    /** {@code lat,lon}; null when not given; an error in check when unreadable. */
    static GeoPoint nearPoint(InputCheck check, String near) {
        if (near == null || near.isBlank()) {
            return null;
        }
        String[] parts = near.split(",");
        if (parts.length != 2) {
            check.require(false, "near", "must be lat,lon");
            return null;
        }
        Double lat = check.number(parts[0].strip(), "near", -90, 90);
        Double lon = check.number(parts[1].strip(), "near", -180, 180);
        check.require(lat != null && lon != null, "near", "must be lat,lon");
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    /** The same rule as ExtensionRules.needsLeader, as a query: a pending request over the limit, or a second one. */
    private Selection select(Caller caller, WorkQueueQuery.Queue queue) {
        int screenerMaxHours = config.triage().screenerExtensionMaxHours();
        return switch (queue) {
            case SCREENING -> {
                caller.require(Role.SCREENER);
                yield new Selection("c.state = ANY($1::text[])", List.of(states(CaseState.SUBMITTED, CaseState.FILED,
                        CaseState.RETURNED)), "c.created_at", false);
            }
            case DEPARTMENT -> {
                caller.require(Role.HANDLER);
                requireDepartment(caller);
                yield new Selection("c.state = $1 AND c.department_code = $2", List.of(CaseState.DISPATCHED.name(),
                        caller.department()), "c.deadline", false);
            }
            case MINE -> {
                caller.require(Role.HANDLER);
                requireDepartment(caller);
                yield new Selection("c.state = $1 AND c.department_code = $2 AND c.assignee_id = $3",
                        List.of(CaseState.DISPATCHED.name(), caller.department(), caller.id()), "c.deadline", false);
            }
            case VERIFICATION -> {
                caller.require(Role.INSPECTOR);
                yield new Selection("c.state = $1", List.of(CaseState.DISPOSED.name()), "c.deadline", false);
            }
            case APPROVALS -> {
                caller.require(Role.LEADER);
                yield new Selection("c.state = $1 AND (c.id IN (SELECT e.case_id FROM extension_request e "
                        + "WHERE e.state = $2 AND (e.hours > $3 OR EXISTS (SELECT 1 FROM extension_request a "
                        + "WHERE a.case_id = e.case_id AND a.state = $4))) "
                        + "OR c.id IN (SELECT r.case_id FROM suspension_request r WHERE r.state = $5))",
                        List.of(CaseState.DISPATCHED.name(), ExtensionRequest.State.PENDING.name(), screenerMaxHours,
                                ExtensionRequest.State.APPROVED.name(), SuspensionRequest.State.PENDING.name()),
                        "c.deadline", false);
            }
            case PARKED -> {
                caller.require(Role.SCREENER, Role.LEADER);
                yield new Selection("c.state = ANY($1::text[])", List.of(states(CaseState.PAUSED.toArray(CaseState[]::new))),
                        "c.resume_at", false);
            }
            case CHECK -> {
                caller.require(Role.INSPECTOR);
                yield new Selection("c.state = $1", List.of(CaseState.CHECKING.name()), "c.updated_at", false);
            }
            case EXTENSIONS -> {
                caller.require(Role.SCREENER);
                yield new Selection("c.state = $1 AND c.id IN (SELECT e.case_id FROM extension_request e "
                        + "WHERE e.state = $2)", List.of(CaseState.DISPATCHED.name(),
                                ExtensionRequest.State.PENDING.name()), "c.deadline", false);
            }
        };
    }

    /** One text[] parameter (typed Object: List.of would spread a String[] into its elements). */
    private static Object states(CaseState... states) {
        return java.util.Arrays.stream(states).map(CaseState::name).sorted().toArray(String[]::new);
    }

    private static void requireDepartment(Caller caller) {
        if (caller.department() == null) {
            throw Problems.forbidden(ErrorCode.NOT_YOUR_DEPARTMENT, "Your token names no department (dept claim).");
        }
    }

    private WorkQueuePage page(Answer answer, CoordSystem system, GeoPoint from, int page, int size,
            Instant now) {
        List<WorkQueuePage.Item> items = new ArrayList<>();
        for (Item item : answer.items()) {
            CityCase c = item.found();
            String gridName = item.gridName();
            items.add(new WorkQueuePage.Item(c.caseNumber, c.state.name(), c.categoryCode, item.categoryName(), c.address,
                    c.departmentCode, c.deadline, c.deadline != null && c.deadline.isBefore(now), c.reworkCount,
                    c.createdAt, c.version, Location.of(new GeoPoint(c.lat, c.lon), system),
                    c.gridCode == null ? null : new CodeName(c.gridCode, gridName),
                    c.source.name(), c.urgency.name(), item.supporters(), c.assigneeId,
                    from == null ? null : Math.round(from.distanceMeters(new GeoPoint(c.lat, c.lon)))));
        }
        return new WorkQueuePage(items, page, size, answer.total());
    }
}
