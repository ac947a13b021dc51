package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseLifecycle;
import io.suishoupai.shared.caseflow.CaseMedia;
import io.suishoupai.shared.caseflow.CaseMediaAttacher;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.VerificationOutcome;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.storage.MediaVerifier;
import io.suishoupai.shared.storage.VerifiedMedia;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.ReportCheckRequest;
import io.suishoupai.triage.dto.VerifyCaseRequest;
import io.smallrye.mutiny.Uni;

/**
 * The inspector's check of a reported fix (核查): passed closes the case (结案); failed sends it back to the same
 * department for rework (返工), with a reason, on the same deadline, and counts the rework.
 */
@ApplicationScoped
public class VerificationService {

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

    public Uni<CaseView> verify(Caller caller, VerifyCaseRequest request) {
        CaseCommandCheck.of(request).present(request.passed(), "passed")
                .textRequiredWhen(Boolean.FALSE.equals(request.passed()), request.note(), "note", 1000).orThrow();
        List<VerifiedMedia> media = optionalPhotos(caller, request.media());
        var actor = new CaseJournal.Actor(caller.id(), ActorRole.INSPECTOR);
        VerificationOutcome outcome = VerificationOutcome.of(request.passed(), request.note());
        Instant now = clock.now();
        return changes.change(caller, "verify-case", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    // verification starts from DISPOSED (a leader's close-unresolved shares DISPATCHED → CLOSED)
                    CaseLifecycle.requireFrom(c.state, outcome.to(), CaseState.DISPOSED);
                    CaseLifecycle.check(c.state, outcome.to(), actor.role());
                    c.reworkCount = outcome.reworkCountAfter(c.reworkCount);
                    return attacher.attach(c, media, CaseMedia.Stage.VERIFICATION, now)
                            .chain(() -> journal.move(c, outcome.to(), actor, outcome.note(), outcome.notePublic(),
                                    CaseMediaAttacher.keysOf(media), now));
                });
    }

    /**
     * The on-site check (核实) of a reported problem: found, the case goes back to SUBMITTED for screening (the note
     * stays with staff); not found, it is NOT_FILED with the note as the public reason. Photos are kept as the CHECK
     * stage, for staff.
     */
    public Uni<CaseView> reportCheck(Caller caller, ReportCheckRequest request) {
        CaseCommandCheck.of(request).present(request.found(), "found")
                .textRequiredWhen(Boolean.FALSE.equals(request.found()), request.note(), "note", 1000).orThrow();
        List<VerifiedMedia> media = optionalPhotos(caller, request.media());
        var actor = new CaseJournal.Actor(caller.id(), ActorRole.INSPECTOR);
        boolean found = request.found();
        CaseState to = found ? CaseState.SUBMITTED : CaseState.NOT_FILED;
        Instant now = clock.now();
        return changes.change(caller, "report-check", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    CaseLifecycle.check(c.state, to, actor.role());
                    if (found) {
                        c.checkedAt = now;
                    }
                    String note = InputCheck.blankToNull(request.note());
                    return attacher.attach(c, media, CaseMedia.Stage.CHECK, now)
                            .chain(() -> journal.move(c, to, actor, found ? (note != null ? note : "现场核实属实") : note,
                                    !found, CaseMediaAttacher.keysOf(media), now));
                });
    }

    /** An inspector's photos, optional: none, or each checked like a report's (the caller's, fitting, unused). */
    private List<VerifiedMedia> optionalPhotos(Caller caller, List<String> keys) {
        return keys == null || keys.isEmpty() ? List.of() : mediaVerifier.verify(caller, keys, 0, config.intake().maxItems());
    }
}
