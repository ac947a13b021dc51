package io.suishoupai.shared.notify;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
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
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "UPDATE outbox o SET attempts = o.attempts + 1, next_attempt_at = ?2 FROM notification_channel ch "
                        + "WHERE o.id IN (SELECT id FROM outbox WHERE state = '" + State.PENDING + "' "
                        + "AND next_attempt_at <= ?1 ORDER BY id LIMIT ?3 FOR UPDATE SKIP LOCKED) "
                        + "AND ch.id = o.channel_id "
                        + "RETURNING o.id, o.topic, o.payload, o.attempts, ch.url, ch.secret, o.redemption_id", Object[].class)
                .setParameter(1, due).setParameter(2, hiddenUntil).setParameter(3, batch)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), (String) r[1],
                        (String) r[2], ((Number) r[3]).intValue(), (String) r[4], (String) r[5],
                        r[6] == null ? null : ((Number) r[6]).longValue())).toList());
    }

    public static Uni<Integer> delivered(long id, Instant at) {
        return pending(id, "state = '" + State.DELIVERED + "', delivered_at = ?2, last_error = NULL", at, null);
    }

    /** Given up after the last attempt. */
    public static Uni<Integer> dead(long id, Instant at, String error) {
        return pending(id, "state = '" + State.DEAD + "', last_error = ?3, next_attempt_at = ?2", at, error);
    }

    public static Uni<Integer> retryAt(long id, Instant next, String error) {
        return pending(id, "next_attempt_at = ?2, last_error = ?3", next, error);
    }

    /** Withdrawn unsent (its redemption is no longer pending). */
    public static Uni<Integer> withdraw(long id, Instant at, String reason) {
        return pending(id, "state = '" + State.DISCARDED + "', last_error = ?3", at, reason);
    }

    private static Uni<Integer> pending(long id, String set, Instant at, String error) {
        String sql = "UPDATE outbox SET " + set + " WHERE id = ?1 AND state = '" + State.PENDING + "'";
        return Panache.getSession().chain(session -> {
            var q = session.createNativeQuery(sql).setParameter(1, id).setParameter(2, at);
            if (sql.contains("?3")) {
                q.setParameter(3, error);
            }
            return q.executeUpdate();
        });
    }
}
