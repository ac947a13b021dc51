package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentEntities;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseMedia;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.ConcurrencyGate;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.storage.MediaKeys;
import io.suishoupai.shared.storage.ObjectStore;
import io.suishoupai.shared.storage.Redaction;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.RedactMediaRequest;
import io.smallrye.mutiny.Uni;

/**
 * Photo redaction (issue #18): a screener blacks out faces and number plates. The kept photo is read, painted and
 * written as a copy of its own ({@code media/redacted/…}); the case's media row then names the copy, which the
 * public and the department are shown, while the original stays for the command centre. Decoding a photo takes
 * memory in proportion to its pixels, so two redactions at most run at once in a process (503 BUSY beyond).
 * Blocking (storage): runs on the worker thread before the case's transaction.
 */
@ApplicationScoped
public class RedactionService {

    static final int MAX_REGIONS = 50;

    @Inject
    ObjectStore store;

    @Inject
    CaseChanges changes;

    @Inject
    CaseJournal journal;

    @Inject
    AppClock clock;

    @Inject
    CurrentEntities entities;

    ConcurrencyGate gate;

    @PostConstruct
    void init() {
        gate = new ConcurrencyGate(2, "photo redactions");
    }

    public Uni<CaseView> redact(Caller caller, RedactMediaRequest request) {
        InputCheck check = InputCheck.of(request).idempotencyKey(request.idempotencyKey())
                .caseNumber(request.caseNumber(), "caseNumber").text(request.objectKey(), "objectKey", 1, 300)
                .require(request.regions() != null && !request.regions().isEmpty()
                        && request.regions().size() <= MAX_REGIONS, "regions", "1 to " + MAX_REGIONS + " regions");
        if (request.regions() != null) {
            for (RedactMediaRequest.Region r : request.regions()) {
                check.require(r != null && r.x() != null && r.y() != null && r.w() != null && r.h() != null,
                        "regions", "each region has x, y, w and h in pixels");
            }
        }
        check.orThrow();
        List<Redaction.Region> regions = request.regions().stream()
                .map(r -> new Redaction.Region(r.x(), r.y(), r.w(), r.h())).toList();
        String objectKey = request.objectKey().strip();
        Instant now = clock.now();
        var actor = new CaseJournal.Actor(caller.id(), ActorRole.SCREENER);
        return changes.change(caller, "redact-media", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> entities.firstWhere(CaseMedia.class,
                        "case_id = ?1 AND object_key = ?2", c.id, objectKey)
                        .chain(media -> {
                            if (media == null) {
                                throw Problems.unprocessable(ErrorCode.MEDIA_NOT_FOUND, "Case " + c.caseNumber
                                        + " has no photo " + objectKey + ".");
                            }
                            String format = Redaction.format(media.contentType).orElseThrow(() -> Problems
                                    .unprocessable(ErrorCode.UNSUPPORTED_CONTENT_TYPE, "Only JPEG and PNG photos "
                                            + "are redacted, not " + media.contentType + "."));
                            // the blocking part (storage, pixels) off the event loop, then back on it
                            return changes.blocking(() -> copy(MediaKeys.keptKey(objectKey), format, media.contentType,
                                    regions)).chain(redactedKey -> {
                                        media.redactedKey = redactedKey;
                                        c.updatedAt = now;
                                        return entities.save(media).chain(() -> journal.annotate(c, actor, "照片已打码（" + regions.size() + " 处）",
                                                false, List.of(objectKey), now)).replaceWith(c);
                                    });
                        }));
    }

    /** Reads the kept photo, paints the regions and writes the copy; its key. */
    String copy(String keptKey, String format, String contentType, List<Redaction.Region> regions) {
        try (var pass = gate.enterOrRefuse()) {
            byte[] original = store.readAll(keptKey).orElseThrow(() -> Problems.unprocessable(ErrorCode.MEDIA_NOT_FOUND,
                    "The photo is not in storage."));
            byte[] redacted;
            try {
                redacted = Redaction.redact(original, format, regions);
            } catch (Redaction.Unreadable e) {
                throw Problems.unprocessable(ErrorCode.MEDIA_UNREADABLE, "Cannot redact: " + e.getMessage() + ".");
            } catch (Redaction.Refused e) {
                throw Problems.unprocessable(ErrorCode.REGION_OUTSIDE_IMAGE, "Cannot redact: " + e.getMessage() + ".");
            }
            String key = "media/redacted/" + UUID.randomUUID() + "." + format;
            store.write(key, redacted, contentType);
            return key;
        }
    }
}
