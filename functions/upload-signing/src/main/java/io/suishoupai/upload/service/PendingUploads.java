package io.suishoupai.upload.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.abuse.AbuseLimits;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.RetryLaterProblem;
import io.suishoupai.shared.runtime.TransactionLock;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records every signed upload and caps how many a caller may have pending — signed within the pending window and
 * attached to no case — so one account cannot fill the bucket with orphans. Attaching media frees the slots.
 * One transaction on the pool, no Hibernate session: sign-uploads maps no entity, and a function's first session
 * after a start costs more than these three statements (issue #19).
 */
@ApplicationScoped
public class PendingUploads {

    /** $n: the pool's placeholders. */
    private static final String PENDING = "SELECT count(*) FROM upload_grant g WHERE g.caller_id = $1 "
            + "AND g.signed_at > $2 AND NOT EXISTS (SELECT 1 FROM case_media m WHERE m.object_key = g.object_key)";

    @Inject
    AbuseLimits limits;

    @Inject
    Pool pool;

    /** Checks the cap, then records the new keys, in one transaction of its own. */
    public Uni<Void> grant(String callerId, List<String> keys, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime since = now.minus(limits.pendingWindow()).atOffset(ZoneOffset.UTC);
        int cap = limits.pendingUploads();
        // one caller's grants queue up on a lock of their own: count-then-insert from concurrent calls could
        // otherwise each see room under the cap and together pass it. The count is its own statement after the
        // lock, so its snapshot is taken once the lock is held.
        return pool.withTransaction(connection -> TransactionLock.hold(connection, "upload_grant", callerId)
                .chain(() -> connection.preparedQuery(PENDING).execute(Tuple.of(callerId, since)))
                .map(rows -> rows.iterator().next().getLong(0))
                .invoke(pending -> {
                    if (pending + keys.size() > cap) {
                        throw new RetryLaterProblem(429, ErrorCode.TOO_MANY_PENDING_UPLOADS, "Too many pending uploads",
                                "You have " + pending + " uploads not yet attached to a report (at most " + cap
                                        + "); submit or wait for them to expire before signing more.",
                                limits.pendingWindow().toSeconds());
                    }
                })
                .chain(() -> insert(connection, callerId, keys, at)));
    }

    /** One statement for all the keys of a call (at most nine): one round trip, not one per key. */
    private static Uni<Void> insert(SqlConnection connection, String callerId, List<String> keys, OffsetDateTime at) {
        StringBuilder sql = new StringBuilder("INSERT INTO upload_grant (object_key, caller_id, signed_at) VALUES ");
        List<Object> values = new ArrayList<>(List.of(callerId, at));
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("($").append(i + 3).append(", $1, $2)");
            values.add(keys.get(i));
        }
        return connection.preparedQuery(sql.toString()).execute(Tuple.from(values)).replaceWithVoid();
    }
}
