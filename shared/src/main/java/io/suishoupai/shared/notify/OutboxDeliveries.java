package io.suishoupai.shared.notify;

import java.time.Instant;
import java.util.List;

import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.notify.OutboxMessage.State;

/**
 * The outbox's delivery-side statements, in one place: claiming due messages under a lease, and each outcome. Every
 * outcome changes only a message still PENDING, so a late outcome never undoes a withdrawal or a delivery. Inside a
 * transaction.
 */
public final class OutboxDeliveries {

    private OutboxDeliveries() {
    }

    /** A claimed message with its channel's address and secret. */
    public record Claimed(long id, String topic, String payload, int attempts, String url, String secret,
            Long redemptionId) {
    }

    /**
     * Claims up to {@code batch} PENDING messages due by {@code due}, oldest first, skipping rows another run holds:
     * each attempt is counted and the message hidden until {@code hiddenUntil} (the lease), so a run that dies after
     * sending sends again only when the lease ends.
     */
    public static Uni<List<Claimed>> claimDue(Instant due, Instant hiddenUntil, int batch) {
        return CurrentSql.here().rows(
                "UPDATE outbox o SET attempts = o.attempts + 1, next_attempt_at = ?2 FROM notification_channel ch "
                        + "WHERE o.id IN (SELECT id FROM outbox WHERE state = '" + State.PENDING + "' "
                        + "AND next_attempt_at <= ?1 ORDER BY id LIMIT ?3 FOR UPDATE SKIP LOCKED) "
                        + "AND ch.id = o.channel_id "
                        + "RETURNING o.id, o.topic, o.payload, o.attempts, ch.url, ch.secret, o.redemption_id",
                due, hiddenUntil, (long) batch)
                .map(rows -> rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), (String) r[1],
                        (String) r[2], ((Number) r[3]).intValue(), (String) r[4], (String) r[5],
                        r[6] == null ? null : ((Number) r[6]).longValue())).toList());
    }

    public static Uni<Integer> delivered(long id, Instant at) {
        return pending(id, "state = '" + State.DELIVERED + "', delivered_at = ?2, last_error = NULL", at);
    }

    /** Given up after the last attempt. */
    public static Uni<Integer> dead(long id, Instant at, String error) {
        return pending(id, "state = '" + State.DEAD + "', next_attempt_at = ?2, last_error = ?3", at, error);
    }

    public static Uni<Integer> retryAt(long id, Instant next, String error) {
        return pending(id, "next_attempt_at = ?2, last_error = ?3", next, error);
    }

    /** Withdrawn unsent (its redemption is no longer pending). */
    public static Uni<Integer> withdraw(long id, String reason) {
        return pending(id, "state = '" + State.DISCARDED + "', last_error = ?2", reason);
    }

    /** {@code set} names its values ?2, ?3 … in the order given: a statement binds exactly what it uses. */
    private static Uni<Integer> pending(long id, String set, Object... values) {
        Object[] all = new Object[values.length + 1];
        all[0] = id;
        System.arraycopy(values, 0, all, 1, values.length);
        return CurrentSql.here().update("UPDATE outbox SET " + set + " WHERE id = ?1 AND state = '" + State.PENDING
                + "'", all);
    }
}
