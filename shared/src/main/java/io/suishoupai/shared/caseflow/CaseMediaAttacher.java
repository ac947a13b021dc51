package io.suishoupai.shared.caseflow;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.storage.VerifiedMedia;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Attaches verified media to a case, inside the transaction of the change that carries them. A key already
 * attached to any case is 409 MEDIA_ALREADY_USED (the primary key on case_media makes it impossible anyway).
 */
@ApplicationScoped
public class CaseMediaAttacher {

    public Uni<Void> attach(CityCase c, List<VerifiedMedia> media, CaseMedia.Stage stage, Instant now) {
        if (media.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> keys = media.stream().map(VerifiedMedia::key).toList();
        // native SQL: a query in HQL is parsed and translated on every call (the plan cache is off)
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT count(*) FROM case_media WHERE object_key IN (?1)", Long.class)
                .setParameter(1, keys).getSingleResult()).chain(used -> {
            if (used > 0) {
                throw Problems.conflict(ErrorCode.MEDIA_ALREADY_USED,
                        "A media item of this request is already attached to a case.");
            }
            List<CaseMedia> rows = media.stream().map(m -> {
                CaseMedia row = new CaseMedia();
                row.objectKey = m.key();
                row.caseId = c.id;
                row.stage = stage;
                row.kind = m.type().kind();
                row.contentType = m.type().contentType();
                row.sizeBytes = m.size();
                row.attachedAt = now;
                return row;
            }).toList();
            return CaseMedia.persist(rows);
        });
    }

    public static List<String> keysOf(List<VerifiedMedia> media) {
        return media.stream().map(VerifiedMedia::key).toList();
    }
}
