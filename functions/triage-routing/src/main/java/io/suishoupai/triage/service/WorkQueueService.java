package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.caseflow.CaseState;
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
 * The work queues (the inspectors' CHECK: cases sent for an on-site check, longest waiting first; PARKED: paused
 * cases, the soonest to resume first). Screening (SUBMITTED, FILED awaiting dispatch, RETURNED) oldest first; a department's
 * DISPATCHED cases (rework included) and the inspectors' DISPOSED cases by deadline, so overdue come first.
 */
@ApplicationScoped
public class WorkQueueService {

    @Inject
    Reactive reactive;

    @Inject
    AppClock clock;

    @Inject
    SuishoupaiConfig config;

    public Uni<WorkQueuePage> queue(Caller caller, WorkQueueQuery query) {
        InputCheck check = InputCheck.of(query)
                .require(query.queue() != null, "queue", "must be one of " + java.util.Arrays.toString(WorkQueueQuery.Queue.values()))
                .paging(query.getPage(), query.getSize(), 100);
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem").orThrow();
        CoordSystem system = CoordSystem.orDefault(query.getCoordSystem());
        int page = query.pageOrFirst();
        int size = query.sizeOr(20);
        Instant now = clock.now();
        return reactive.session(() -> find(caller, query.queue()).page(Page.of(page, size)).list()
                .chain(cases -> find(caller, query.queue()).count().chain(total -> Category.<Category>listAll()
                        .chain(categories -> Area.namesOf(cases.stream().map(c -> c.gridCode).toList())
                                .map(grids -> page(cases, categories, grids, system, page, size, total, now))))));
    }

    /** The same rule as ExtensionRules.needsLeader, as a query: a pending request over the limit, or a second one. */
    private PanacheQuery<CityCase> find(Caller caller, WorkQueueQuery.Queue queue) {
        int screenerMaxHours = config.triage().screenerExtensionMaxHours();
        return switch (queue) {
            case SCREENING -> {
                caller.require(Role.SCREENER);
                yield CityCase.find("state in ?1 order by createdAt, id",
                        List.of(CaseState.SUBMITTED, CaseState.FILED, CaseState.RETURNED));
            }
            case DEPARTMENT -> {
                caller.require(Role.HANDLER);
                if (caller.department() == null) {
                    throw Problems.forbidden(ErrorCode.NOT_YOUR_DEPARTMENT, "Your token names no department (dept claim).");
                }
                yield CityCase.find("state = ?1 and departmentCode = ?2 order by deadline, id", CaseState.DISPATCHED,
                        caller.department());
            }
            case VERIFICATION -> {
                caller.require(Role.INSPECTOR);
                yield CityCase.find("state = ?1 order by deadline, id", CaseState.DISPOSED);
            }
            case APPROVALS -> {
                caller.require(Role.LEADER);
                yield CityCase.find("state = ?1 and (id in (select e.caseId from ExtensionRequest e where e.state = ?2 "
                        + "and (e.hours > ?3 or exists (select a.id from ExtensionRequest a where a.caseId = e.caseId "
                        + "and a.state = ?4))) or id in (select r.caseId from SuspensionRequest r where r.state = ?5)) "
                        + "order by deadline, id", CaseState.DISPATCHED, ExtensionRequest.State.PENDING,
                        screenerMaxHours, ExtensionRequest.State.APPROVED, SuspensionRequest.State.PENDING);
            }
            case PARKED -> {
                caller.require(Role.SCREENER, Role.LEADER);
                yield CityCase.find("state in ?1 order by resumeAt, id", List.copyOf(CaseState.PAUSED));
            }
            case CHECK -> {
                caller.require(Role.INSPECTOR);
                yield CityCase.find("state = ?1 order by updatedAt, id", CaseState.CHECKING);
            }
            case EXTENSIONS -> {
                caller.require(Role.SCREENER);
                yield CityCase.find("state = ?1 and id in (select e.caseId from ExtensionRequest e where e.state = ?2) "
                        + "order by deadline, id", CaseState.DISPATCHED, ExtensionRequest.State.PENDING);
            }
        };
    }

    private static WorkQueuePage page(List<CityCase> cases, List<Category> categories, Map<String, String> grids,
            CoordSystem system, int page, int size, long total, Instant now) {
        Map<String, Category> byCode = categories.stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
        return new WorkQueuePage(cases.stream().map(c -> new WorkQueuePage.Item(c.caseNumber, c.state.name(),
                c.categoryCode, byCode.containsKey(c.categoryCode) ? byCode.get(c.categoryCode).name : null, c.address,
                c.departmentCode, c.deadline, c.deadline != null && c.deadline.isBefore(now), c.reworkCount,
                c.createdAt, c.version, Location.of(new GeoPoint(c.lat, c.lon), system), CodeName.of(c.gridCode, grids),
                c.source.name(), c.urgency.name()))
                .toList(), page, size, total);
    }
}
