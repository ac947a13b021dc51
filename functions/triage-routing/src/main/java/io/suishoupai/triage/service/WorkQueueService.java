package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CaseSupport;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.ExtensionRequest;
import io.suishoupai.shared.caseflow.SuspensionRequest;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.routing.Area;
import io.suishoupai.shared.view.CaseView.CodeName;
import io.suishoupai.shared.view.CaseView.Location;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.triage.dto.WorkQueuePage;
import io.suishoupai.triage.dto.WorkQueueQuery;
import io.smallrye.mutiny.Uni;

/**
 * The work queues (a handler's MINE: what their lead assigned them; the inspectors' CHECK: cases sent for an on-site check, longest waiting first; PARKED: paused
 * cases, the soonest to resume first). Screening (SUBMITTED, FILED awaiting dispatch, RETURNED) oldest first; a department's
 * DISPATCHED cases (rework included) and the inspectors' DISPOSED cases by deadline, so overdue come first.
 */
@ApplicationScoped
public class WorkQueueService {

    @Inject
    Reactive reactive;

    @Inject
    io.suishoupai.shared.view.ReferenceNames names;

    @Inject
    AppClock clock;

    @Inject
    AssignmentService assignments;

    @Inject
    SuishoupaiConfig config;

    /** A queue's cases as HQL over CityCase c: the condition, its parameters (?1 …) and the queue's own order. */
    record Selection(String where, List<Object> params, String order) {
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
        Selection selection = select(caller, query.queue());
        String order = from != null ? distanceOrder(selection.params().size())
                : query.sort() == WorkQueueQuery.Sort.SUPPORTERS ? SUPPORTERS_ORDER : selection.order();
        List<Object> params = new ArrayList<>(selection.params());
        if (from != null) {
            double k = Math.cos(Math.toRadians(from.lat()));
            params.addAll(List.of(from.lat(), from.lon(), k * k));
        }
        boolean handler = caller.has(Role.HANDLER) && caller.department() != null;
        Uni<Void> roster = handler && (query.queue() == WorkQueueQuery.Queue.DEPARTMENT
                || query.queue() == WorkQueueQuery.Queue.MINE) ? assignments.noteSeen(caller, now)
                : Uni.createFrom().voidItem();
        return roster.chain(() -> reactive.session(() -> CityCase.<CityCase>find("from CityCase c where "
                + selection.where() + " order by " + order + ", c.id", params.toArray()).page(Page.of(page, size)).list()
                .chain(cases -> CityCase.count("from CityCase c where " + selection.where(),
                        selection.params().toArray()).chain(total -> names.load()
                                .chain(refs -> Area.namesOf(cases.stream().map(c -> c.gridCode).toList())
                                        .chain(grids -> supporters(cases).map(counts -> page(cases, refs.categories(), grids,
                                                counts, system, from, page, size, total, now))))))));
    }

    /** Most supporters first: the case's own and its duplicates'. */
    static final String SUPPORTERS_ORDER = CaseSupport.COUNT_HQL + " desc";

    /** Nearest first, on an equirectangular approximation (exact enough to order a city's cases). */
    static String distanceOrder(int paramsBefore) {
        int lat = paramsBefore + 1;
        int lon = paramsBefore + 2;
        int k = paramsBefore + 3;
        return "((c.lat - ?" + lat + ") * (c.lat - ?" + lat + ") + (c.lon - ?" + lon + ") * (c.lon - ?" + lon + ") * ?"
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
                yield new Selection("c.state in ?1", List.of(List.of(CaseState.SUBMITTED, CaseState.FILED,
                        CaseState.RETURNED)), "c.createdAt");
            }
            case DEPARTMENT -> {
                caller.require(Role.HANDLER);
                requireDepartment(caller);
                yield new Selection("c.state = ?1 and c.departmentCode = ?2", List.of(CaseState.DISPATCHED,
                        caller.department()), "c.deadline");
            }
            case MINE -> {
                caller.require(Role.HANDLER);
                requireDepartment(caller);
                yield new Selection("c.state = ?1 and c.departmentCode = ?2 and c.assigneeId = ?3",
                        List.of(CaseState.DISPATCHED, caller.department(), caller.id()), "c.deadline");
            }
            case VERIFICATION -> {
                caller.require(Role.INSPECTOR);
                yield new Selection("c.state = ?1", List.of(CaseState.DISPOSED), "c.deadline");
            }
            case APPROVALS -> {
                caller.require(Role.LEADER);
                yield new Selection("c.state = ?1 and (c.id in (select e.caseId from ExtensionRequest e where e.state = ?2 "
                        + "and (e.hours > ?3 or exists (select a.id from ExtensionRequest a where a.caseId = e.caseId "
                        + "and a.state = ?4))) or c.id in (select r.caseId from SuspensionRequest r where r.state = ?5))",
                        List.of(CaseState.DISPATCHED, ExtensionRequest.State.PENDING, screenerMaxHours,
                                ExtensionRequest.State.APPROVED, SuspensionRequest.State.PENDING), "c.deadline");
            }
            case PARKED -> {
                caller.require(Role.SCREENER, Role.LEADER);
                yield new Selection("c.state in ?1", List.of(List.copyOf(CaseState.PAUSED)), "c.resumeAt");
            }
            case CHECK -> {
                caller.require(Role.INSPECTOR);
                yield new Selection("c.state = ?1", List.of(CaseState.CHECKING), "c.updatedAt");
            }
            case EXTENSIONS -> {
                caller.require(Role.SCREENER);
                yield new Selection("c.state = ?1 and c.id in (select e.caseId from ExtensionRequest e where e.state = ?2)",
                        List.of(CaseState.DISPATCHED, ExtensionRequest.State.PENDING), "c.deadline");
            }
        };
    }

    private static void requireDepartment(Caller caller) {
        if (caller.department() == null) {
            throw Problems.forbidden(ErrorCode.NOT_YOUR_DEPARTMENT, "Your token names no department (dept claim).");
        }
    }

    /** Must run inside a session. Each listed case's supporters, its duplicates' included, in one statement. */
    private static Uni<Map<Long, Long>> supporters(List<CityCase> cases) {
        if (cases.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT c.id, " + CaseSupport.COUNT_SQL
                + " FROM city_case c WHERE c.id = ANY(?1)", Object[].class)
                .setParameter(1, cases.stream().map(c -> c.id).toArray(Long[]::new)).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                        r -> ((Number) r[1]).longValue())));
    }

    private static WorkQueuePage page(List<CityCase> cases, Map<String, Category> byCode, Map<String, String> grids,
            Map<Long, Long> supporters, CoordSystem system, GeoPoint from, int page, int size, long total,
            Instant now) {
        return new WorkQueuePage(cases.stream().map(c -> new WorkQueuePage.Item(c.caseNumber, c.state.name(),
                c.categoryCode, byCode.containsKey(c.categoryCode) ? byCode.get(c.categoryCode).name : null, c.address,
                c.departmentCode, c.deadline, c.deadline != null && c.deadline.isBefore(now), c.reworkCount,
                c.createdAt, c.version, Location.of(new GeoPoint(c.lat, c.lon), system), CodeName.of(c.gridCode, grids),
                c.source.name(), c.urgency.name(), supporters.getOrDefault(c.id, 0L), c.assigneeId,
                from == null ? null : Math.round(from.distanceMeters(new GeoPoint(c.lat, c.lon)))))
                .toList(), page, size, total);
    }
}
