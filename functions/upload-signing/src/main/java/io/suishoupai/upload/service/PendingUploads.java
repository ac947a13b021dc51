package io.suishoupai.upload.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.abuse.AbuseLimits;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.RetryLaterProblem;
import io.suishoupai.shared.runtime.TransactionLock;

/**
 * Records every signed upload and caps how many a caller may have pending — signed within the pending window and
 * attached to no case — so one account cannot fill the bucket with orphans. Attaching media frees the slots.
 */
@ApplicationScoped
public class PendingUploads {

    @Inject
    AbuseLimits limits;

    /** Must run inside a transaction: checks the cap, then records the new keys. */
    public Uni<Void> grant(String callerId, List<String> keys, Instant now) {
        Instant since = now.minus(limits.pendingWindow());
        int cap = limits.pendingUploads();
        // one caller's grants queue up on a lock of their own: count-then-insert from concurrent calls could
        // otherwise each see room under the cap and together pass it
        return TransactionLock.hold("upload_grant", callerId).chain(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                "SELECT count(*) FROM upload_grant g WHERE g.caller_id = ?1 AND g.signed_at > ?2 "
                        + "AND NOT EXISTS (SELECT 1 FROM case_media m WHERE m.object_key = g.object_key)", Long.class)
                .setParameter(1, callerId).setParameter(2, since)
                .getSingleResult()
                .invoke(pending -> {
                    if (pending + keys.size() > cap) {
                        throw new RetryLaterProblem(429, ErrorCode.TOO_MANY_PENDING_UPLOADS, "Too many pending uploads",
                                "You have " + pending + " uploads not yet attached to a report (at most " + cap
                                        + "); submit or wait for them to expire before signing more.",
                                limits.pendingWindow().toSeconds());
                    }
                })
                .chain(ignored -> insert(session, callerId, keys, now))));
    }

    /** One statement for all the keys of a call (at most nine): one round trip, not one per key. */
    private Uni<Void> insert(Mutiny.Session session, String callerId, List<String> keys, Instant now) {
        StringBuilder sql = new StringBuilder("INSERT INTO upload_grant (object_key, caller_id, signed_at) VALUES ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(i + 3).append(", ?1, ?2)");
        }
        var insert = session.createNativeQuery(sql.toString()).setParameter(1, callerId).setParameter(2, now);
        for (int i = 0; i < keys.size(); i++) {
            insert.setParameter(i + 3, keys.get(i));
        }
        return insert.executeUpdate().replaceWithVoid();
    }
}
