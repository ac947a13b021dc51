package io.suishoupai.triage.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseDispatcher;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseLifecycle;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.PauseRules;
import io.suishoupai.shared.caseflow.SuspensionRequest;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.runtime.CurrentEntities;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.DecideSuspensionRequest;
import io.suishoupai.triage.dto.DeferCaseRequest;
import io.suishoupai.triage.dto.RequestSuspensionRequest;
import io.suishoupai.triage.dto.ResumeCaseRequest;
import io.smallrye.mutiny.Uni;

/**
 * 挂账 and 缓办 (PauseRules): the handler asks to park a DISPATCHED case until a date and a leader decides; a leader
 * defers one; a screener or leader resumes a paused case before its date (the reminder run resumes it on the date).
 */
@ApplicationScoped
public class PauseService {

    @Inject
    CaseChanges changes;

    @Inject
    CaseJournal journal;

    @Inject
    CaseDispatcher dispatcher;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    @Inject
    CurrentEntities entities;

    @Inject
    CaseRequests requests;

    public Uni<CaseView> requestSuspension(Caller caller, RequestSuspensionRequest request) {
        Instant now = clock.now();
        checkUntil(CaseCommandCheck.of(request).text(request.reason(), "reason", 1, 1000), request.until(), now)
                .orThrow();
        return changes.change(caller, "request-suspension", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    DepartmentService.requireOwnDepartment(caller, c);
                    CaseLifecycle.requireFrom(c.state, CaseState.SUSPENDED, CaseState.DISPATCHED);
                    return requests.suspensions(c.id, SuspensionRequest.State.PENDING)
                            .chain(waiting -> {
                                PauseRules.requireNoneWaiting(waiting);
                                SuspensionRequest r = new SuspensionRequest();
                                r.caseId = c.id;
                                r.departmentCode = c.departmentCode;
                                r.reason = request.reason().strip();
                                r.until = request.until();
                                r.requestedBy = caller.id();
                                r.requestedAt = now;
                                r.state = SuspensionRequest.State.PENDING;
                                // the request is the department's word to the centre: not on the public timeline
                                return entities.save(r).chain(() -> journal.move(c, CaseState.DISPATCHED, actor(caller,
                                        ActorRole.HANDLER), "申请" + PauseRules.timelineNote(CaseState.SUSPENDED, r.until,
                                        config.zone(), r.reason), false, null, now));
                            });
                });
    }

    public Uni<CaseView> decideSuspension(Caller caller, DecideSuspensionRequest request) {
        CaseCommandCheck.of(request).present(request.approve(), "approve").optionalText(request.note(), "note", 1000)
                .orThrow();
        Instant now = clock.now();
        var leader = actor(caller, ActorRole.LEADER);
        return changes.change(caller, "decide-suspension", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> requests.pendingSuspension(c.id)
                        .chain(found -> {
                            CaseLifecycle.requireFrom(c.state, CaseState.SUSPENDED, CaseState.DISPATCHED);
                            SuspensionRequest pending = PauseRules.requireWaiting(found, c.caseNumber);
                            pending.decidedBy = caller.id();
                            pending.decidedAt = now;
                            pending.note = request.note();
                            pending.state = PauseRules.outcome(request.approve());
                            Uni<SuspensionRequest> decided = entities.save(pending);
                            if (pending.state == SuspensionRequest.State.REJECTED) {
                                return decided.chain(() -> journal.move(c, CaseState.DISPATCHED, leader, "挂账申请未批准"
                                        + (request.note() == null ? "" : "：" + request.note()), false, null, now));
                            }
                            if (!pending.until.isAfter(now)) {
                                // approved too late to park at all: the date the department asked for has passed
                                return decided.chain(() -> journal.move(c, CaseState.DISPATCHED, leader, "挂账申请已过期（截至 "
                                        + pending.until + "）", false, null, now));
                            }
                            return decided.chain(() -> dispatcher.pause(c, CaseState.SUSPENDED, pending.until, leader,
                                    pending.reason, config.zone(), now));
                        }));
    }

    public Uni<CaseView> deferCase(Caller caller, DeferCaseRequest request) {
        Instant now = clock.now();
        checkUntil(CaseCommandCheck.of(request).text(request.reason(), "reason", 1, 1000), request.until(), now)
                .orThrow();
        return changes.change(caller, "defer-case", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> dispatcher.pause(c, CaseState.DEFERRED, request.until(),
                        actor(caller, ActorRole.LEADER), request.reason().strip(), config.zone(), now));
    }

    public Uni<CaseView> resumeCase(Caller caller, ResumeCaseRequest request) {
        CaseCommandCheck.of(request).optionalText(request.note(), "note", 1000).orThrow();
        Instant now = clock.now();
        var actor = actor(caller, caller.has(Role.LEADER) ? ActorRole.LEADER : ActorRole.SCREENER);
        return changes.change(caller, "resume-case", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    CaseLifecycle.requireFrom(c.state, CaseState.DISPATCHED, CaseState.SUSPENDED, CaseState.DEFERRED);
                    return dispatcher.resume(c, actor, resumedNote(c, request.note()), now, now);
                });
    }

    /** The timeline's words for a pause ended early by a person. */
    private static String resumedNote(CityCase c, String note) {
        return (c.state == CaseState.SUSPENDED ? "结束挂账" : "结束缓办") + "，恢复处置" + (note == null ? "" : "：" + note);
    }

    private InputCheck checkUntil(InputCheck check, Instant until, Instant now) {
        int maxDays = config.triage().maxPauseDays();
        return check.require(PauseRules.untilAllowed(until, now, maxDays), "until",
                "must be a date-time after now and at most " + maxDays + " days ahead");
    }

    private static CaseJournal.Actor actor(Caller caller, ActorRole role) {
        return new CaseJournal.Actor(caller.id(), role);
    }
}
