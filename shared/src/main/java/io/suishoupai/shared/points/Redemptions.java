package io.suishoupai.shared.points;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.shared.notify.OutboxDeliveries;
import io.smallrye.mutiny.Uni;

/**
 * What happens to a redemption after it is made: the provider's answer to the fulfilment message marks it
 * FULFILLED; a cancellation (an admin's, or a fulfilment that ended as a dead letter) refunds its points and its
 * stock exactly once — the state moves from PENDING only once, and the refund's ledger key is unique — and withdraws
 * its fulfilment message. Delivery locks the redemption row ({@link #lockState}) while it sends, so a cancel and a
 * delivery of one redemption never overlap.
 */
@ApplicationScoped
public class Redemptions {

    public static final String FULFILMENT_TOPIC = "reward.fulfilment";

    @Inject
    PointsLedger ledger;

    /** Must run inside a transaction. Returns true if this call moved it. */
    public Uni<Boolean> fulfilled(long redemptionId, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "UPDATE redemption SET state = 'FULFILLED', updated_at = ?2 WHERE id = ?1 AND state = 'PENDING'")
                .setParameter(1, redemptionId).setParameter(2, at).executeUpdate()).map(n -> n == 1);
    }

    /** Must run inside a transaction: locks the redemption row until it ends; null if there is none. */
    public Uni<String> lockState(long redemptionId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT state FROM redemption WHERE id = ?1 FOR UPDATE", String.class)
                .setParameter(1, redemptionId).getResultList()).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Must run inside a transaction. Returns true if this call cancelled (and refunded) it. */
    public Uni<Boolean> cancel(long redemptionId, String note, String actorId, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "UPDATE redemption SET state = 'CANCELLED', note = ?3, updated_at = ?2 WHERE id = ?1 AND state = 'PENDING' "
                        + "RETURNING account_id, sku, cost", Object[].class)
                .setParameter(1, redemptionId).setParameter(2, at).setParameter(3, note).getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(false);
                    }
                    Object[] r = rows.get(0);
                    String account = (String) r[0];
                    int cost = ((Number) r[2]).intValue();
                    return s.createNativeQuery("UPDATE reward SET stock = stock + 1 WHERE sku = ?1")
                            .setParameter(1, r[1]).executeUpdate()
                            // the fulfilment must not go out once the points are back: withdraw it in this transaction
                            .chain(() -> OutboxDeliveries.withdrawFulfilment(redemptionId,
                                    "withdrawn: redemption cancelled"))
                            .chain(() -> ledger.apply(PointsLedger.Change.refund(account, cost, redemptionId, note,
                                    actorId), at))
                            .replaceWith(true);
                }));
    }
}
