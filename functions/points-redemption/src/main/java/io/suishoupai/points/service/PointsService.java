package io.suishoupai.points.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.view.PageParams;
import io.suishoupai.points.dto.PointsDtos.Adjust;
import io.suishoupai.points.dto.PointsDtos.AdjustResult;
import io.suishoupai.points.dto.PointsDtos.Balance;
import io.suishoupai.points.dto.PointsDtos.Entry;
import io.suishoupai.points.dto.PointsDtos.History;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.points.PointsLedger;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.time.AppClock;
import io.smallrye.mutiny.Uni;

/**
 * A citizen's balance and history; admins' adjustments and reversals (a negative adjustment, with its reason). On
 * the pool, with no Hibernate session (issue #19).
 */
@ApplicationScoped
public class PointsService {

    @Inject
    Reactive reactive;

    @Inject
    PointsLedger ledger;


    @Inject
    AppClock clock;

    public Uni<Balance> balance(Caller caller) {
        return reactive.poolSession(() -> ledger.balance(caller.id()).chain(balance -> ledger
                .earnedSince(caller.id(), ledger.dayStart(clock.now()))
                .map(today -> new Balance(balance, today.intValue()))));
    }

    public Uni<History> history(Caller caller, PageParams q) {
        InputCheck.of(q).paging(q.getPage(), q.getSize(), 100).orThrow();
        int page = q.pageOrFirst();
        int size = q.sizeOr(20);
        return reactive.poolSession(() -> ledger.entries(caller.id(), page, size)
                .map(found -> new History(found.entries().stream().map(e -> new Entry(e.delta(), e.reason().name(),
                        e.caseNumber(), e.redemptionId(), e.note(), e.at())).toList(), page, size, found.total())));
    }

    public Uni<AdjustResult> adjust(Caller admin, Adjust r) {
        InputCheck.of(r).idempotencyKey(r.idempotencyKey()).text(r.accountId(), "accountId", 1, 200)
                .require(r.delta() != null && r.delta() != 0 && Math.abs(r.delta()) <= 1_000_000, "delta",
                        "must be a non-zero number of points, at most 1000000 either way")
                .text(r.reason(), "reason", 1, 500).orThrow();
        Instant now = clock.now();
        String account = r.accountId().strip();
        return reactive.poolTransaction(() -> ledger.apply(PointsLedger.Change.adjustment(account, r.delta(),
                r.reason().strip(), admin.id(), r.idempotencyKey()), now)
                .chain(applied -> ledger.balance(account).map(balance -> new AdjustResult(account, applied, balance))));
    }

}
