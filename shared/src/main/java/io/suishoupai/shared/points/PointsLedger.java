package io.suishoupai.shared.points;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.Problems;
import io.smallrye.mutiny.Uni;

/**
 * The points ledger: append-only entries, each with a unique key so a grant, spend or refund happens once, and a
 * balance per account kept in the same transaction that can never go below zero (a CHECK and a conditional update).
 * Every change locks the account row first, so concurrent changes of one account queue up and the daily cap holds.
 */
@ApplicationScoped
public class PointsLedger {

    public enum Reason {
        FILED, CLOSED, ADJUSTMENT, REDEMPTION, REFUND
    }

    /** One change: who, how much, why, and the key that makes it happen once. */
    public record Change(String account, int delta, Reason reason, String caseNumber, Long redemptionId, String note,
            String actorId, String uniqueKey) {
    }

    @Inject
    SuishoupaiConfig config;

    /** Earned points (filing, closure) within the daily cap; returns the points granted (0 if capped or repeated). */
    public Uni<Integer> earn(String account, int points, Reason reason, String caseNumber, Instant at) {
        if (points <= 0) {
            return Uni.createFrom().item(0);
        }
        Instant dayStart = LocalDate.ofInstant(at, config.zone()).atStartOfDay(config.zone()).toInstant();
        int cap = config.points().dailyCap();
        return lockAccount(account).chain(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT coalesce(sum(delta), 0) FROM points_entry WHERE account_id = ?1 AND reason IN ('FILED', 'CLOSED') "
                        + "AND at >= ?2", Long.class).setParameter(1, account).setParameter(2, dayStart).getSingleResult()))
                .chain(earnedToday -> {
                    int grant = (int) Math.min(points, Math.max(0, cap - earnedToday));
                    if (grant == 0) {
                        return Uni.createFrom().item(0);
                    }
                    return apply(new Change(account, grant, reason, caseNumber, null, null, "system",
                            account + "|" + reason + "|" + caseNumber), at);
                });
    }

    /**
     * Applies a change once: returns the delta applied, 0 if its key was used before; a change that would take the
     * balance below zero is 422 INSUFFICIENT_POINTS (and the caller's transaction rolls back).
     */
    public Uni<Integer> apply(Change change, Instant at) {
        return lockAccount(change.account()).chain(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                "INSERT INTO points_entry (account_id, delta, reason, case_number, redemption_id, note, actor_id, at, "
                        + "unique_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (unique_key) DO NOTHING "
                        + "RETURNING delta", Integer.class)
                .setParameter(1, change.account()).setParameter(2, change.delta()).setParameter(3, change.reason().name())
                .setParameter(4, change.caseNumber()).setParameter(5, change.redemptionId()).setParameter(6, change.note())
                .setParameter(7, change.actorId()).setParameter(8, at).setParameter(9, change.uniqueKey())
                .getResultList()
                .chain(inserted -> inserted.isEmpty() ? Uni.createFrom().item(0)
                        : s.createNativeQuery("UPDATE points_account SET balance = balance + ?2 WHERE account_id = ?1 "
                                + "AND balance + ?2 >= 0").setParameter(1, change.account()).setParameter(2, change.delta())
                                .executeUpdate().map(updated -> {
                                    if (updated == 0) {
                                        throw Problems.unprocessable(ErrorCode.INSUFFICIENT_POINTS,
                                                "The balance is too low for " + (-change.delta()) + " points.");
                                    }
                                    return change.delta();
                                }))));
    }

    public Uni<Integer> balance(String account) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT coalesce((SELECT balance FROM points_account WHERE account_id = ?1), 0)", Integer.class)
                .setParameter(1, account).getSingleResult());
    }

    /** Creates the account if needed and locks its row until the transaction ends. */
    public Uni<Void> lockAccount(String account) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "INSERT INTO points_account (account_id, balance) VALUES (?1, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, account).executeUpdate()
                .chain(() -> s.createNativeQuery("SELECT balance FROM points_account WHERE account_id = ?1 FOR UPDATE",
                        Integer.class).setParameter(1, account).getSingleResult()))
                .replaceWithVoid();
    }
}
