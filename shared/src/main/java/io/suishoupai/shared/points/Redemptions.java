package io.suishoupai.shared.points;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.notify.OutboxMessage;
import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;

/**
 * What happens to a redemption after it is made: the provider's answer to the fulfilment message marks it
 * FULFILLED; a cancellation (an admin's, or a fulfilment that ended as a dead letter) refunds its points and its
 * stock exactly once — the state moves from PENDING only once, and the refund's ledger key is unique — and withdraws
 * its fulfilment message. Delivery locks the redemption row ({@link #lockState}) while it sends, so a cancel and a
 * delivery of one redemption never overlap. And the unit of stock a redemption takes ({@link #takeOne}), which a
 * cancellation gives back. Each statement runs in the caller's unit of work on the pool ({@link CurrentSql}).
 */
@ApplicationScoped
public class Redemptions {

    public static final String FULFILMENT_TOPIC = "reward.fulfilment";

    @Inject
    PointsLedger ledger;

    @Inject
    CurrentSql sql;

    /** Must run inside a transaction. Returns true if this call moved it. */
    public Uni<Boolean> fulfilled(long redemptionId, Instant at) {
        return sql.update("UPDATE redemption SET state = 'FULFILLED', updated_at = ?2 WHERE id = ?1 "
                + "AND state = 'PENDING'", redemptionId, at).map(n -> n == 1);
    }

    /** Must run inside a transaction: locks the redemption row until it ends; null if there is none. */
    public Uni<String> lockState(long redemptionId) {
        return sql.first("SELECT state FROM redemption WHERE id = ?1 FOR UPDATE", redemptionId)
                .map(row -> row == null ? null : (String) row[0]);
    }

    /** Must run inside a transaction. Returns true if this call cancelled (and refunded) it. */
    public Uni<Boolean> cancel(long redemptionId, String note, String actorId, Instant at) {
        return sql.first("UPDATE redemption SET state = 'CANCELLED', note = ?3, updated_at = ?2 WHERE id = ?1 "
                + "AND state = 'PENDING' RETURNING account_id, sku, cost", redemptionId, at, note).chain(r -> {
                    if (r == null) {
                        return Uni.createFrom().item(false);
                    }
                    String account = (String) r[0];
                    int cost = ((Number) r[2]).intValue();
                    return sql.update("UPDATE reward SET stock = stock + 1 WHERE sku = ?1", r[1])
                            // the fulfilment must not go out once the points are back: withdraw it in this transaction
                            .chain(() -> sql.update(WITHDRAW_FULFILMENT, redemptionId,
                                    "withdrawn: redemption cancelled"))
                            .chain(() -> ledger.apply(PointsLedger.Change.refund(account, cost, redemptionId, note,
                                    actorId), at))
                            .replaceWith(true);
                });
    }

    /** A redemption's fulfilment message, not yet delivered (or dead), discarded with a reason. */
    private static final String WITHDRAW_FULFILMENT = "UPDATE outbox SET state = '" + OutboxMessage.State.DISCARDED
            + "', last_error = ?2 WHERE redemption_id = ?1 AND state IN ('" + OutboxMessage.State.PENDING + "', '"
            + OutboxMessage.State.DEAD + "')";

    /**
     * Must run inside a transaction. Takes one from the stock of a reward redeemable at {@code now}, in one
     * statement (so concurrent redemptions never take the stock below zero): its cost, or empty when it is out of
     * stock or not redeemable now.
     */
    public Uni<Optional<Integer>> takeOne(String sku, Instant now) {
        return sql.first("UPDATE reward SET stock = stock - 1 WHERE sku = ?1 AND active AND stock > 0 "
                + "AND (active_from IS NULL OR active_from <= ?2) AND (active_to IS NULL OR active_to > ?2) "
                + "RETURNING cost", sku, now)
                .map(row -> row == null ? Optional.<Integer>empty() : Optional.of(((Number) row[0]).intValue()));
    }
}
