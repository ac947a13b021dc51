package io.suishoupai.intake.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.CaseRows;
import io.suishoupai.intake.dto.AddCaseInfoRequest;
import io.suishoupai.intake.dto.SupportCaseRequest;
import io.suishoupai.shared.abuse.AbuseLimits;
import io.suishoupai.shared.abuse.ReporterBlocks;
import io.suishoupai.shared.abuse.RateLimiter;
import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseMedia;
import io.suishoupai.shared.caseflow.CaseMediaAttacher;
import io.suishoupai.shared.caseflow.CaseNumber;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CaseSupport;
import io.suishoupai.shared.caseflow.CitizenInput;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.idempotency.IdempotencyStore;
import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;
import io.suishoupai.shared.notify.Outbox;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.storage.MediaVerifier;
import io.suishoupai.shared.subscription.Subscriptions;
import io.suishoupai.shared.storage.VerifiedMedia;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.Audience;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.shared.view.CaseViews;
import io.smallrye.mutiny.Uni;

/**
 * The reporter's follow-up (add-case-info) and anyone's "still there" (support-case), issue #18. A follow-up is a
 * timeline entry for staff and the reporter (its photos kept as report photos, staff-only) that moves nothing; the
 * department holding the case, or else the command centre, hears of it through the outbox.
 */
@ApplicationScoped
public class CitizenFollowUpService {

    @Inject
    CaseRows cases;

    @Inject
    Reactive reactive;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    MediaVerifier mediaVerifier;

    @Inject
    CaseMediaAttacher attacher;

    @Inject
    CaseJournal journal;

    @Inject
    CaseViews views;

    @Inject
    Outbox outbox;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    SuishoupaiConfig config;

    @Inject
    Subscriptions subscriptions;

    @Inject
    AppClock clock;

    public Uni<CaseView> addInfo(Caller caller, AddCaseInfoRequest request) {
        rateLimiter.check(caller.id(), AbuseLimits.SUBMIT_REPORT);
        InputCheck.of(request).idempotencyKey(request.idempotencyKey()).caseNumber(request.caseNumber(), "caseNumber")
                .text(request.note(), "note", 1, 1000).orThrow();
        List<VerifiedMedia> media = mediaVerifier.verify(caller, request.media() == null ? List.of() : request.media(),
                0, config.intake().maxItems());
        CaseNumber number = CaseNumber.of(request.caseNumber());
        Instant now = clock.now();
        var actor = new CaseJournal.Actor(caller.id(), caller.has(Role.CITIZEN) ? ActorRole.CITIZEN : ActorRole.STAFF);
        return reactive.poolTransaction(() -> idempotency.once(caller.id(), "add-case-info", request.idempotencyKey(),
                request, CaseView.class, now, () -> ReporterBlocks.requireNotBlocked(caller.id(), now)
                        .chain(() -> cases.getByNumber(number)).chain(c -> {
                    CitizenInput.requireReporter(caller.id(), c);
                    CitizenInput.requireOpen(c);
                    String note = "市民补充：" + request.note().strip();
                    return attacher.attach(c, media, CaseMedia.Stage.REPORT, now)
                            .chain(() -> journal.annotate(c, actor, note, false, CaseMediaAttacher.keysOf(media), now))
                            .chain(() -> tell(c, note, media.size(), now))
                            .chain(() -> views.of(c, Audience.REPORTER));
                })));
    }

    public Uni<CaseView> support(Caller caller, SupportCaseRequest request) {
        rateLimiter.check(caller.id(), AbuseLimits.SUBMIT_REPORT);
        InputCheck.of(request).idempotencyKey(request.idempotencyKey()).caseNumber(request.caseNumber(), "caseNumber")
                .orThrow();
        CaseNumber number = CaseNumber.of(request.caseNumber());
        Instant now = clock.now();
        return reactive.poolTransaction(() -> idempotency.once(caller.id(), "support-case", request.idempotencyKey(),
                request, CaseView.class, now, () -> ReporterBlocks.requireNotBlocked(caller.id(), now)
                        .chain(() -> cases.getByNumber(number)).chain(c -> {
                    CitizenInput.requireOpen(c);
                    CitizenInput.requireNewSupporter(caller.id(), c, false);
                    return CaseSupport.add(c.id, caller.id(), now).chain(added -> {
                        CitizenInput.requireNewSupporter(caller.id(), c, !added);
                        // a supporter hears of the case like a subscriber (and may unsubscribe)
                        return subscriptions.subscribeToCase(caller.id(), c.id, now)
                                .chain(() -> views.of(c, Audience.PUBLIC));
                    });
                })));
    }

    /** The department holding the case hears of a follow-up; before dispatch, the command centre does. */
    private Uni<Integer> tell(CityCase c, String note, int photos, Instant at) {
        boolean department = c.departmentCode != null && c.state != CaseState.RETURNED;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseNumber", c.caseNumber);
        payload.put("state", c.state.name());
        payload.put("note", note);
        payload.put("photos", photos);
        payload.put("at", at.toString());
        return outbox.enqueue(department ? OwnerKind.DEPARTMENT : OwnerKind.COMMAND_CENTRE,
                department ? c.departmentCode : "", "case.follow-up", payload, at);
    }
}
