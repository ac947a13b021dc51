package io.suishoupai.shared.points;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.SqlValues;
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
        FILED, CLOSED, ADJUSTMENT, REDEMPTION, REFUND,
        /** A report's points taken back: screening found it gaming the points (one problem split, re-photographed). */
        REVERSED
    }

    /**
     * One change: who, how much, why, and the key that makes it happen once. Build one with the factories below:
     * they are the only place a key is made, and keys are stored, so a key's shape never changes (LedgerChangeTest).
     */
    public record Change(String account, int delta, Reason reason, String caseNumber, Long redemptionId, String note,
            String actorId, String uniqueKey) {

        /** Points a report earns when its case is filed or closed: once per account, reason and case. */
        public static Change earned(String account, int points, Reason reason, String caseNumber) {
            return new Change(account, points, reason, caseNumber, null, null, "system",
                    account + "|" + reason + "|" + caseNumber);
        }

        /** An admin's adjustment: once per admin and idempotency key. */
        public static Change adjustment(String account, int delta, String note, String adminId, String idempotencyKey) {
            return new Change(account, delta, Reason.ADJUSTMENT, null, null, note, adminId,
                    "adjust|" + adminId + "|" + idempotencyKey);
        }

        /** The points a redemption spends: once per redemption. */
        public static Change redemption(String account, int cost, long redemptionId, String sku) {
            return new Change(account, -cost, Reason.REDEMPTION, null, redemptionId, sku, account,
                    "redeem|" + redemptionId);
        }

        /** The points a cancelled redemption gives back: once per redemption. */
        public static Change refund(String account, int cost, long redemptionId, String note, String actorId) {
            return new Change(account, cost, Reason.REFUND, null, redemptionId, note, actorId,
                    "refund|" + redemptionId);
        }
    }

    @Inject
    SuishoupaiConfig config;

    @Inject
    CurrentSql sql;

    /**
     * Takes back what a report earned (filing, closure), once, as far as the balance allows (points already spent
     * stay spent): returns the points taken.
     */
    public Uni<Integer> reverse(String account, String caseNumber, Instant at) {
        return lockAccount(account).chain(() -> sql.value("SELECT coalesce(sum(delta), 0) FROM points_entry "
                + "WHERE account_id = ?1 AND case_number = ?2 AND reason IN ('" + Reason.FILED + "', '" + Reason.CLOSED
                + "')", account, caseNumber))
                .map(sum -> ((Number) sum).longValue())
                .chain(earned -> earned <= 0 ? Uni.createFrom().item(0) : balance(account).chain(balance -> {
                    int taken = (int) Math.min(earned, Math.max(0, balance));
                    return taken == 0 ? Uni.createFrom().item(0) : apply(new Change(account, -taken, Reason.REVERSED,
                            caseNumber, null, "gaming", "system", account + "|" + Reason.REVERSED + "|" + caseNumber), at)
                            .map(delta -> -delta);
                }));
    }

    /** Earned points (filing, closure) within the daily cap; returns the points granted (0 if capped or repeated). */
    public Uni<Integer> earn(String account, int points, Reason reason, String caseNumber, Instant at) {
        if (points <= 0) {
            return Uni.createFrom().item(0);
        }
        int cap = config.points().dailyCap();
        return lockAccount(account).chain(() -> earnedSince(account, dayStart(at)))
                .chain(earnedToday -> {
                    int grant = (int) Math.min(points, Math.max(0, cap - earnedToday));
                    if (grant == 0) {
                        return Uni.createFrom().item(0);
                    }
                    return apply(Change.earned(account, grant, reason, caseNumber), at);
                });
    }

    /** The start of the city day {@code at} falls in: the daily cap's day. */
    public Instant dayStart(Instant at) {
        return LocalDate.ofInstant(at, config.zone()).atStartOfDay(config.zone()).toInstant();
    }

    /** Points earned by reports (filing, closure) since an instant: what the daily cap counts. */
    public Uni<Long> earnedSince(String account, Instant since) {
        return sql.value("SELECT coalesce(sum(delta), 0) FROM points_entry WHERE account_id = ?1 AND reason IN ('"
                + Reason.FILED + "', '" + Reason.CLOSED + "') AND at >= ?2", account, since)
                .map(sum -> ((Number) sum).longValue());
    }

    /** One line of an account's ledger. */
    public record Entry(int delta, Reason reason, String caseNumber, Long redemptionId, String note, Instant at) {
    }

    /** A page of an account's ledger, newest first, and how many lines it has in all. */
    public Uni<Page> entries(String account, int page, int size) {
        return sql.rows("SELECT delta, reason, case_number, redemption_id, note, at FROM points_entry "
                + "WHERE account_id = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3", account, (long) size, (long) page * size)
                .chain(rows -> sql.value("SELECT count(*) FROM points_entry WHERE account_id = ?1", account)
                        .map(total -> new Page(rows.stream().map(r -> new Entry(((Number) r[0]).intValue(),
                                Reason.valueOf((String) r[1]), (String) r[2],
                                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4],
                                SqlValues.instant(r[5]))).toList(), ((Number) total).longValue())));
    }

    public record Page(List<Entry> entries, long total) {
    }

    /**
     * Applies a change once: returns the delta applied, 0 if its key was used before; a change that would take the
     * balance below zero is 422 INSUFFICIENT_POINTS (and the caller's transaction rolls back).
     */
    public Uni<Integer> apply(Change change, Instant at) {
        return lockAccount(change.account()).chain(() -> sql.rows(
                "INSERT INTO points_entry (account_id, delta, reason, case_number, redemption_id, note, actor_id, at, "
                        + "unique_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (unique_key) DO NOTHING "
                        + "RETURNING delta", change.account(), change.delta(), change.reason().name(),
                change.caseNumber(), change.redemptionId(), change.note(), change.actorId(), at, change.uniqueKey()))
                .chain(inserted -> inserted.isEmpty() ? Uni.createFrom().item(0)
                        : sql.update("UPDATE points_account SET balance = balance + ?2 WHERE account_id = ?1 "
                                + "AND balance + ?2 >= 0", change.account(), change.delta()).map(updated -> {
                                    if (updated == 0) {
                                        throw Problems.unprocessable(ErrorCode.INSUFFICIENT_POINTS,
                                                "The balance is too low for " + (-change.delta()) + " points.");
                                    }
                                    return change.delta();
                                }));
    }

    public Uni<Integer> balance(String account) {
        return sql.value("SELECT coalesce((SELECT balance FROM points_account WHERE account_id = ?1), 0)", account)
                .map(balance -> ((Number) balance).intValue());
    }

    /** Creates the account if needed and locks its row until the transaction ends. */
    public Uni<Void> lockAccount(String account) {
        return sql.update("INSERT INTO points_account (account_id, balance) VALUES (?1, 0) ON CONFLICT DO NOTHING",
                account)
                .chain(() -> sql.rows("SELECT balance FROM points_account WHERE account_id = ?1 FOR UPDATE", account))
                .replaceWithVoid();
    }
}
