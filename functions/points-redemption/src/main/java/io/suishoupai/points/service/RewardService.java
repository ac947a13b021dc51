package io.suishoupai.points.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.points.dto.PointsDtos.Redeem;
import io.suishoupai.points.dto.PointsDtos.RedeemResult;
import io.suishoupai.points.dto.PointsDtos.RedemptionId;
import io.suishoupai.points.dto.PointsDtos.RedemptionView;
import io.suishoupai.points.dto.PointsDtos.RewardView;
import io.suishoupai.points.dto.PointsDtos.SaveReward;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.idempotency.IdempotencyStore;
import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;
import io.suishoupai.shared.notify.Outbox;
import io.suishoupai.shared.ops.BusinessMetrics;
import io.suishoupai.shared.points.PointsLedger;
import io.suishoupai.shared.points.Redemption;
import io.suishoupai.shared.points.Redemptions;
import io.suishoupai.shared.points.Reward;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.runtime.RowJson;
import io.suishoupai.shared.view.TableRows;
import io.vertx.mutiny.sqlclient.Tuple;
import io.smallrye.mutiny.Uni;

/**
 * The points mall. A redemption, in one transaction: the idempotency claim; the account row locked (so one person's
 * redemptions queue up and the per-person limit holds); one unit of stock taken by a conditional update (the reward
 * row lock serialises a run on one reward; stock cannot go below zero); the points spent through the ledger (cannot
 * go below zero); the fulfilment message queued. Any refusal rolls all of it back. Every call runs on the pool,
 * with no Hibernate session (issue #19): rows are read and written by statements.
 */
@ApplicationScoped
public class RewardService {

    @Inject
    Reactive reactive;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    PointsLedger ledger;

    @Inject
    Redemptions redemptions;

    @Inject
    Outbox outbox;

    @Inject
    AppClock clock;

    @Inject
    TableRows tableRows;

    @Inject
    CurrentSql sql;

    @Inject
    RowJson rows;

    /** What can be redeemed at $1, on the pool: the first call after a start parses no HQL. */
    private static final String AVAILABLE = TableRows.listStatement("reward", "active "
            + "AND (active_from IS NULL OR active_from <= $1) AND (active_to IS NULL OR active_to > $1)",
            "r.cost, r.sku");

    @Inject
    BusinessMetrics metrics;

    public Uni<RewardView> save(SaveReward r) {
        InputCheck.of(r).require(r.sku() != null && r.sku().matches("[A-Za-z0-9_-]{1,40}"), "sku",
                "is required: 1 to 40 of letters, digits, _ and -")
                .text(r.name(), "name", 1, 100)
                .require(r.cost() != null && r.cost() > 0 && r.cost() <= 1_000_000, "cost", "must be 1 to 1000000")
                .require(r.stock() != null && r.stock() >= 0 && r.stock() <= 10_000_000, "stock", "must be 0 or more")
                .require(r.perPersonLimit() == null || r.perPersonLimit() > 0, "perPersonLimit", "must be 1 or more")
                .require(r.activeFrom() == null || r.activeTo() == null || r.activeFrom().isBefore(r.activeTo()),
                        "activeTo", "must be after activeFrom")
                .orThrow();
        return reactive.poolTransaction(() -> sql.value(SAVE, r.sku(), r.name().strip(), r.cost(), r.stock(),
                r.perPersonLimit() == null ? 1 : r.perPersonLimit(), r.activeFrom(), r.activeTo(),
                r.active() == null || r.active()))
                .map(json -> view(rows.read((String) json, Reward.class)));
    }

    /** A reward written whole, new or over the one with its sku. */
    private static final String SAVE = "INSERT INTO reward AS r (sku, name, cost, stock, per_person_limit, "
            + "active_from, active_to, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (sku) DO UPDATE "
            + "SET name = excluded.name, cost = excluded.cost, stock = excluded.stock, "
            + "per_person_limit = excluded.per_person_limit, active_from = excluded.active_from, "
            + "active_to = excluded.active_to, active = excluded.active RETURNING row_to_json(r)::text";

    /** What a citizen can redeem now: active, in its window. */
    public Uni<List<RewardView>> available() {
        Instant now = clock.now();
        return tableRows.list(AVAILABLE, Tuple.of(now.atOffset(ZoneOffset.UTC)), Reward.class)
                .map(list -> list.stream().map(RewardService::view).toList());
    }

    public Uni<RedeemResult> redeem(Caller caller, Redeem request) {
        InputCheck.of(request).idempotencyKey(request.idempotencyKey()).text(request.sku(), "sku", 1, 40).orThrow();
        Instant now = clock.now();
        String account = caller.id();
        String sku = request.sku().strip();
        return reactive.poolTransaction(() -> idempotency.once(account, "redeem-reward", request.idempotencyKey(),
                request, RedeemResult.class, now, () -> ledger.lockAccount(account)
                        .chain(() -> takeStock(account, sku, now))
                        .chain(cost -> sql.value("INSERT INTO redemption (account_id, sku, cost, state, created_at, "
                                + "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) RETURNING id", account, sku, cost,
                                Redemption.State.PENDING.name(), now)
                                .map(id -> new Spent(((Number) id).longValue(), cost)))
                        .call(red -> ledger.apply(PointsLedger.Change.redemption(account, red.cost(), red.id(), sku),
                                now))
                        .call(red -> outbox.enqueue(OwnerKind.FULFILMENT, "", Redemptions.FULFILMENT_TOPIC,
                                Map.of("redemptionId", red.id(), "sku", sku, "accountId", account, "cost", red.cost()),
                                red.id(), now))
                        .chain(red -> ledger.balance(account).map(balance -> new RedeemResult(red.id(),
                                Redemption.State.PENDING.name(), red.cost(), balance)))))
                .invoke(() -> metrics.redemption("accepted"))
                .onFailure().invoke(() -> metrics.redemption("refused"));
    }

    /** A redemption just written: its id and what it cost. */
    private record Spent(long id, int cost) {
    }

    /** Checks the per-person limit (the account row is locked), then takes one unit of stock; returns the cost. */
    private Uni<Integer> takeStock(String account, String sku, Instant now) {
        return sql.first("SELECT per_person_limit FROM reward WHERE sku = ?1", sku).chain(reward -> {
            if (reward == null) {
                throw Problems.notFound(ErrorCode.REWARD_NOT_FOUND, "There is no reward " + sku + ".");
            }
            int limit = ((Number) reward[0]).intValue();
            return sql.value("SELECT count(*) FROM redemption WHERE account_id = ?1 AND sku = ?2 AND state IN (?3, ?4)",
                    account, sku, Redemption.State.PENDING.name(), Redemption.State.FULFILLED.name())
                    .map(n -> ((Number) n).longValue()).chain(mine -> {
                        if (mine >= limit) {
                            throw Problems.unprocessable(ErrorCode.PER_PERSON_LIMIT, "You have redeemed " + sku + " "
                                    + mine + " times, its limit per person.");
                        }
                        return redemptions.takeOne(sku, now).chain(cost -> cost.isPresent()
                                ? Uni.createFrom().item(cost.get())
                                // why not: the stock as committed now tells out of stock from not redeemable now
                                : sql.value("SELECT stock FROM reward WHERE sku = ?1", sku)
                                        .map(stock -> ((Number) stock).intValue())
                                        .chain(stock -> Uni.createFrom().<Integer>failure(stock <= 0
                                                ? Problems.conflict(ErrorCode.OUT_OF_STOCK, sku + " is out of stock.")
                                                : Problems.unprocessable(ErrorCode.REWARD_UNAVAILABLE,
                                                        sku + " cannot be redeemed now."))));
                    });
        });
    }

    public Uni<RedemptionView> cancel(Caller admin, RedemptionId request) {
        InputCheck.of(request).present(request.id(), "id").text(request.reason(), "reason", 1, 500).orThrow();
        Instant now = clock.now();
        return reactive.poolTransaction(() -> redemption(request.id()).chain(red -> {
            if (red == null) {
                throw Problems.notFound(ErrorCode.REDEMPTION_NOT_FOUND, "There is no redemption " + request.id() + ".");
            }
            if (red.state != Redemption.State.PENDING) {
                throw Problems.unprocessable(ErrorCode.REDEMPTION_NOT_PENDING, "Redemption " + red.id + " is "
                        + red.state + ".");
            }
            return redemptions.cancel(red.id, request.reason().strip(), admin.id(), now)
                    .chain(cancelled -> redemption(red.id).invoke(current -> {
                        // why: delivery holds the redemption's row lock while it sends; if it fulfilled it meanwhile,
                        // this cancel refunded nothing and must say so rather than answer as if it had
                        if (!cancelled) {
                            throw Problems.unprocessable(ErrorCode.REDEMPTION_NOT_PENDING, "Redemption " + red.id
                                    + " is " + current.state + ".");
                        }
                    }));
        })).map(RewardService::view);
    }

    /** One redemption as it is in the database now; null when there is none. */
    private Uni<Redemption> redemption(long id) {
        return sql.first("SELECT row_to_json(r)::text FROM redemption r WHERE r.id = ?1", id)
                .map(row -> row == null ? null : rows.read((String) row[0], Redemption.class));
    }

    public Uni<List<RedemptionView>> mine(Caller caller) {
        return tableRows.list(MINE, Tuple.of(caller.id()), Redemption.class)
                .map(list -> list.stream().map(RewardService::view).toList());
    }

    /** A citizen's redemptions, newest first. */
    private static final String MINE = TableRows.listStatement("redemption", "account_id = $1", "r.id DESC");

    static RewardView view(Reward w) {
        return new RewardView(w.sku, w.name, w.cost, w.stock, w.perPersonLimit, w.activeFrom, w.activeTo, w.active);
    }

    static RedemptionView view(Redemption r) {
        return new RedemptionView(r.id, r.accountId, r.sku, r.cost, r.state.name(), r.note, r.createdAt, r.updatedAt);
    }
}
