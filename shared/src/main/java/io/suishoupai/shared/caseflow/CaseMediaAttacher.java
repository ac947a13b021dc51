package io.suishoupai.shared.caseflow;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.storage.VerifiedMedia;
import io.smallrye.mutiny.Uni;

/**
 * Attaches verified media to a case, inside the transaction of the change that carries them, in one statement. A
 * key already attached to any case is 409 MEDIA_ALREADY_USED: the primary key on case_media keeps it out.
 */
@ApplicationScoped
public class CaseMediaAttacher {

    public Uni<Void> attach(CityCase c, List<VerifiedMedia> media, CaseMedia.Stage stage, Instant now) {
        if (media.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // one statement for all the rows: a key attached anywhere already is left out by the primary key, so fewer
        // rows than media means one was used (and the exception rolls the whole change back)
        int shared = media.size() * PER_ROW; // then the case, the stage and the time, the same for every row
        StringBuilder sql = new StringBuilder("INSERT INTO case_media (object_key, kind, content_type, size_bytes, "
                + "case_id, stage, attached_at) VALUES ");
        for (int i = 0; i < media.size(); i++) {
            sql.append(i == 0 ? "(" : ", (");
            for (int p = 1; p <= PER_ROW; p++) {
                sql.append('?').append(i * PER_ROW + p).append(", ");
            }
            sql.append('?').append(shared + 1).append(", ?").append(shared + 2).append(", ?").append(shared + 3)
                    .append(')');
        }
        sql.append(" ON CONFLICT DO NOTHING");
        Object[] values = new Object[shared + 3];
        for (int i = 0; i < media.size(); i++) {
            VerifiedMedia m = media.get(i);
            int p = i * PER_ROW;
            values[p] = m.key();
            values[p + 1] = m.type().kind().name();
            values[p + 2] = m.type().contentType();
            values[p + 3] = m.size();
        }
        values[shared] = c.id;
        values[shared + 1] = stage.name();
        values[shared + 2] = now;
        return CurrentSql.here().update(sql.toString(), values).invoke(inserted -> {
            if (inserted < media.size()) {
                throw Problems.conflict(ErrorCode.MEDIA_ALREADY_USED,
                        "A media item of this request is already attached to a case.");
            }
        }).replaceWithVoid();
    }

    /** The columns that differ from row to row: the key, kind, content type and size. */
    private static final int PER_ROW = 4;

    public static List<String> keysOf(List<VerifiedMedia> media) {
        return media.stream().map(VerifiedMedia::key).toList();
    }
}
