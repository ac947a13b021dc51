package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentEntities;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseLifecycle;
import io.suishoupai.shared.caseflow.CaseMedia;
import io.suishoupai.shared.caseflow.CaseMediaAttacher;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.ExtensionRequest;
import io.suishoupai.shared.caseflow.ExtensionRules;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.storage.MediaVerifier;
import io.suishoupai.shared.storage.VerifiedMedia;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.ReportDisposalRequest;
import io.suishoupai.triage.dto.RequestExtensionRequest;
import io.suishoupai.triage.dto.ReturnCaseRequest;
import io.smallrye.mutiny.Uni;

/**
 * A department's handler: return a case that is not theirs, ask for more time, report the fix with after-photos.
 * A handler acts only on cases dispatched to the department in its {@code dept} claim.
 */
@ApplicationScoped
public class DepartmentService {

    @Inject
    CaseChanges changes;

    @Inject
    CaseJournal journal;

    @Inject
    MediaVerifier mediaVerifier;

    @Inject
    CaseMediaAttacher attacher;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    @Inject
    CurrentEntities entities;

    @Inject
    CaseRequests requests;

    public Uni<CaseView> returnCase(Caller caller, ReturnCaseRequest request) {
        CaseCommandCheck.of(request).text(request.reason(), "reason", 1, 1000).orThrow();
        var actor = handler(caller);
        Instant now = clock.now();
        return changes.change(caller, "return-case", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    requireOwnDepartment(caller, c);
                    // the reason is the department's word to the command centre, not to the public
                    return ExtensionRequest.withdrawPending(c.id, "withdrawn: case returned", now)
                            .chain(() -> journal.move(c, CaseState.RETURNED, actor, request.reason(), false, null, now));
                });
    }

    public Uni<CaseView> requestExtension(Caller caller, RequestExtensionRequest request) {
        int max = config.triage().maxExtensionHours();
        CaseCommandCheck.of(request).text(request.reason(), "reason", 1, 1000)
                .require(ExtensionRules.hoursAllowed(request.hours(), max), "hours", "must be 1 to " + max)
                .orThrow();
        Instant now = clock.now();
        return changes.change(caller, "request-extension", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    requireOwnDepartment(caller, c);
                    CaseLifecycle.requireFrom(c.state, CaseState.DISPATCHED, CaseState.DISPATCHED);
                    return requests.extensions(c.id, ExtensionRequest.State.PENDING)
                            .chain(waiting -> {
                                ExtensionRules.requireNoneWaiting(waiting);
                                ExtensionRequest e = new ExtensionRequest();
                                e.caseId = c.id;
                                e.hours = request.hours();
                                e.reason = request.reason().strip();
                                e.requestedBy = caller.id();
                                e.requestedAt = now;
                                e.state = ExtensionRequest.State.PENDING;
                                return entities.save(e).chain(() -> journal.move(c, CaseState.DISPATCHED,
                                        handler(caller), "申请延期 " + e.hours + " 小时：" + e.reason, false, null, now));
                            });
                });
    }

    public Uni<CaseView> reportDisposal(Caller caller, ReportDisposalRequest request) {
        CaseCommandCheck.of(request).optionalText(request.note(), "note", 1000).orThrow();
        var actor = handler(caller);
        List<VerifiedMedia> media = mediaVerifier.verify(caller, request.media(), config.triage().disposalMinPhotos(),
                config.intake().maxItems());
        Instant now = clock.now();
        return changes.change(caller, "report-disposal", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    requireOwnDepartment(caller, c);
                    CaseLifecycle.check(c.state, CaseState.DISPOSED, actor.role());
                    return attacher.attach(c, media, CaseMedia.Stage.DISPOSAL, now)
                            .chain(() -> journal.move(c, CaseState.DISPOSED, actor, request.note(), true,
                                    CaseMediaAttacher.keysOf(media), now));
                });
    }

    private static CaseJournal.Actor handler(Caller caller) {
        return new CaseJournal.Actor(caller.id(), ActorRole.HANDLER);
    }

    /** 403 unless the case is dispatched to the caller's own department. */
    static void requireOwnDepartment(Caller caller, CityCase c) {
        if (!caller.handlesFor(c.departmentCode)) {
            throw Problems.forbidden(ErrorCode.NOT_YOUR_DEPARTMENT,
                    "Case " + c.caseNumber + " is not dispatched to your department.");
        }
    }
}
