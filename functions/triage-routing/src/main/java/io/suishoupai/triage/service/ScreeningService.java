package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.caseflow.CaseNumber;
import io.suishoupai.shared.caseflow.CaseRows;
import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseDispatcher;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseLifecycle;
import io.suishoupai.shared.caseflow.MergeTarget;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.points.Gaming;
import io.suishoupai.shared.caseflow.OnSiteCheck;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.ExtensionRequest;
import io.suishoupai.shared.caseflow.ExtensionRules;
import io.suishoupai.shared.calendar.Calendars;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.routing.RouteChoice;
import io.suishoupai.shared.routing.RouteFinder;
import io.suishoupai.shared.runtime.CurrentEntities;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.DecideExtensionRequest;
import io.suishoupai.triage.dto.DispatchCaseRequest;
import io.suishoupai.triage.dto.RouteSuggestion;
import io.suishoupai.triage.dto.ScreenCaseRequest;
import io.smallrye.mutiny.Uni;

/** The command centre (screener): screening, filing, merging, dispatch and re-dispatch, extension decisions. */
@ApplicationScoped
public class ScreeningService {

    @Inject
    CaseChanges changes;

    @Inject
    CaseJournal journal;

    @Inject
    CaseDispatcher dispatcher;

    @Inject
    OnSiteCheck onSiteCheck;

    @Inject
    RouteFinder routes;

    @Inject
    Calendars calendars;

    @Inject
    Reactive reactive;

    @Inject
    AppClock clock;

    @Inject
    CaseRows cases;

    @Inject
    CurrentEntities entities;

    @Inject
    CaseRequests requests;

    @Inject
    SuishoupaiConfig config;

    public Uni<CaseView> screen(Caller caller, ScreenCaseRequest request) {
        var check = CaseCommandCheck.of(request).present(request.decision(), "decision").textRequiredWhen(
                request.decision() == ScreenCaseRequest.Decision.NOT_FILE, request.reason(), "reason", 1000);
        if (request.decision() == ScreenCaseRequest.Decision.DUPLICATE) {
            check.caseNumber(request.duplicateOf(), "duplicateOf");
        }
        check.require(request.urgency() == null || request.decision() == ScreenCaseRequest.Decision.FILE, "urgency",
                "is decided when filing (decision FILE)");
        check.orThrow();
        var actor = new CaseJournal.Actor(caller.id(), ActorRole.SCREENER);
        Instant now = clock.now();
        return changes.change(caller, "screen-case", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> switch (request.decision()) {
                    case FILE -> {
                        if (onSiteCheck.requiredBeforeFiling(c) && c.state == CaseState.SUBMITTED) {
                            throw Problems.unprocessable(ErrorCode.CHECK_REQUIRED, "A case from " + c.source
                                    + " is checked on site before it is filed: screen it with decision CHECK.");
                        }
                        if (request.urgency() != null) {
                            c.urgency = request.urgency();
                        }
                        yield journal.move(c, CaseState.FILED, actor, request.reason(), true, null, now);
                    }
                    case NOT_FILE -> journal.move(c, CaseState.NOT_FILED, actor, Gaming.noteFor(request.reason()), true,
                            null, now);
                    case DUPLICATE -> merge(c, CaseNumber.of(request.duplicateOf()), actor,
                            Gaming.noteFor(request.reason()), now);
                    case CHECK -> journal.move(c, CaseState.CHECKING, actor,
                            request.reason() != null ? request.reason() : "派监督员现场核实", true, null, now);
                });
    }

    private Uni<CityCase> merge(CityCase c, CaseNumber masterNumber, CaseJournal.Actor actor, String reason, Instant now) {
        CaseLifecycle.check(c.state, CaseState.DUPLICATE, actor.role());
        return cases.findByNumber(masterNumber).chain(master -> {
            var refusal = MergeTarget.refusal(masterNumber.value(), master == null ? null : master.state,
                    master != null && master.id.equals(c.id));
            if (refusal.isPresent()) {
                throw Problems.unprocessable(ErrorCode.INVALID_DUPLICATE_TARGET, "A case is merged into another open case; "
                        + refusal.get() + ".");
            }
            c.duplicateOf = master.caseNumber;
            return journal.move(c, CaseState.DUPLICATE, actor,
                    reason != null ? reason : "与 " + master.caseNumber + " 重复", true, null, now);
        });
    }

    public Uni<CaseView> dispatch(Caller caller, DispatchCaseRequest request) {
        CaseCommandCheck.of(request).optionalText(request.departmentCode(), "departmentCode", 32)
                .optionalText(request.note(), "note", 1000).orThrow();
        var actor = new CaseJournal.Actor(caller.id(), ActorRole.SCREENER);
        Instant now = clock.now();
        return changes.change(caller, "dispatch-case", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    // checked before looking for a department: a closed case is 422, not "no route". A dispatched
                    // case is re-dispatched only after its department returns it.
                    CaseLifecycle.requireFrom(c.state, CaseState.DISPATCHED, CaseState.FILED, CaseState.RETURNED);
                    return chooseRoute(c, request.departmentCode())
                            .chain(route -> dispatcher.dispatch(c, route, actor, request.note(), now));
                });
    }

    private Uni<RouteChoice> chooseRoute(CityCase c, String departmentCode) {
        if (departmentCode != null && !departmentCode.isBlank()) {
            return entities.find(Department.class, departmentCode.strip()).map(d -> {
                if (d == null || !d.active) {
                    throw Problems.unprocessable(ErrorCode.UNKNOWN_DEPARTMENT, "There is no active department " + departmentCode + ".");
                }
                return new RouteChoice(d, null);
            });
        }
        return suggestFor(c).map(route -> route.orElseThrow(() -> Problems.unprocessable(ErrorCode.NO_ROUTE,
                "No routing rule or default department fits this case; name a departmentCode.")));
    }

    private Uni<Optional<RouteChoice>> suggestFor(CityCase c) {
        return entities.find(Category.class, c.categoryCode)
                .chain(category -> c.routeSubject().chain(subject -> routes.find(category, subject)));
    }

    public Uni<RouteSuggestion> suggest(String caseNumber) {
        return reactive.poolSession(() -> cases.getByNumber(CaseNumber.of(caseNumber))
                .chain(this::suggestFor)
                .map(RouteSuggestion::of));
    }

    public Uni<CaseView> decideExtension(Caller caller, DecideExtensionRequest request) {
        CaseCommandCheck.of(request).present(request.approve(), "approve").optionalText(request.note(), "note", 1000)
                .orThrow();
        boolean leader = caller.has(Role.LEADER);
        var actor = new CaseJournal.Actor(caller.id(), leader ? ActorRole.LEADER : ActorRole.SCREENER);
        Instant now = clock.now();
        return changes.change(caller, "decide-extension", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> requests.pendingExtension(c.id)
                        .chain(found -> requests.extensions(c.id, ExtensionRequest.State.APPROVED).map(approved -> {
                                    CaseLifecycle.requireFrom(c.state, CaseState.DISPATCHED, CaseState.DISPATCHED);
                                    ExtensionRequest pending = ExtensionRules.requireWaiting(found, c.caseNumber);
                                    ExtensionRules.requireLeaderWhenNeeded(ExtensionRules.needsLeader(approved,
                                            pending.hours, config.triage().screenerExtensionMaxHours()), leader,
                                            request.approve());
                                    return pending;
                                }))
                        .chain(pending -> {
                            pending.decidedBy = caller.id();
                            pending.decidedAt = now;
                            pending.note = request.note();
                            pending.state = ExtensionRules.outcome(request.approve());
                            Uni<ExtensionRequest> decided = entities.save(pending);
                            if (pending.state == ExtensionRequest.State.REJECTED) {
                                return decided.chain(() -> journal.move(c, CaseState.DISPATCHED, actor, "延期申请未批准"
                                        + (request.note() == null ? "" : "：" + request.note()), false, null, now));
                            }
                            return decided.chain(() -> extend(c, pending.hours, actor, request.note(), now));
                        }));
    }

    /** An approved extension moves the deadline by the hours, counted the way the category counts its limit. */
    private Uni<CityCase> extend(CityCase c, int hours, CaseJournal.Actor actor, String note, Instant now) {
        return entities.find(Category.class, c.categoryCode).chain(category -> calendars.from(c.deadline).map(
                calendar -> calendar.deadline(c.deadline, hours, category.workingHours)))
                .chain(deadline -> {
                    c.deadline = deadline;
                    c.extensionHours += hours;
                    return journal.move(c, CaseState.DISPATCHED, actor,
                            "延期 " + hours + " 小时" + (note == null ? "" : "：" + note), true, null, now);
                });
    }
}
