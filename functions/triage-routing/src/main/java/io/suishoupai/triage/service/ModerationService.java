package io.suishoupai.triage.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.ModerateCaseRequest;
import io.smallrye.mutiny.Uni;

/**
 * Moderation (issue #18): a screener hides a case from the public (reversible), edits its public text (the public
 * sees it marked edited; the original is kept in a staff entry of the event log) or makes it private (one way:
 * never public again). Each change is a staff entry with the reason; the case's state does not move.
 */
@ApplicationScoped
public class ModerationService {

    @Inject
    CaseChanges changes;

    @Inject
    CaseJournal journal;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    public Uni<CaseView> moderate(Caller caller, ModerateCaseRequest request) {
        InputCheck check = InputCheck.of(request).idempotencyKey(request.idempotencyKey())
                .caseNumber(request.caseNumber(), "caseNumber");
        if (request != null) {
            check.require(request.hidden() != null || request.description() != null || request.isPrivate() != null,
                    "hidden", "give hidden, description or private")
                    .text(request.reason(), "reason", 1, 500)
                    .require(request.isPrivate() == null || request.isPrivate(), "private",
                            "may only be true: a private case never becomes public")
                    .optionalText(request.description(), "description", config.intake().descriptionMaxLength())
                    .require(request.description() == null || !request.description().isBlank(), "description",
                            "must not be blank");
        }
        check.orThrow();
        Instant now = clock.now();
        var actor = new CaseJournal.Actor(caller.id(), ActorRole.SCREENER);
        String reason = request.reason().strip();
        return changes.change(caller, "moderate-case", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    StringBuilder log = new StringBuilder();
                    if (request.hidden() != null && request.hidden() != c.hidden) {
                        c.hidden = request.hidden();
                        c.hiddenReason = c.hidden ? reason : null;
                        log.append(c.hidden ? "不对公众显示" : "恢复对公众显示").append("；");
                    }
                    if (request.description() != null && !request.description().strip().equals(c.description)) {
                        log.append("公开描述已修改，原文：").append(c.description).append("；");
                        c.description = request.description().strip();
                        c.edited = true;
                    }
                    if (Boolean.TRUE.equals(request.isPrivate()) && !c.isPrivate) {
                        c.isPrivate = true;
                        log.append("设为不公开；");
                    }
                    if (log.isEmpty()) {
                        return Uni.createFrom().item(c); // nothing changes: a retry, or a repeat
                    }
                    c.updatedAt = now;
                    return journal.annotate(c, actor, "审核：" + log + "理由：" + reason, false, null, now)
                            .replaceWith(c);
                });
    }
}
