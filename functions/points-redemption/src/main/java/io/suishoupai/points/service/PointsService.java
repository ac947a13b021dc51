package io.suishoupai.points.service;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.shared.runtime.SqlValues;
import io.suishoupai.shared.view.PageParams;
import io.suishoupai.points.dto.PointsDtos.Adjust;
import io.suishoupai.points.dto.PointsDtos.AdjustResult;
import io.suishoupai.points.dto.PointsDtos.Balance;
import io.suishoupai.points.dto.PointsDtos.Entry;
import io.suishoupai.points.dto.PointsDtos.History;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.points.PointsLedger;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.time.AppClock;
import io.smallrye.mutiny.Uni;

/** A citizen's balance and history; admins' adjustments and reversals (a negative adjustment, with its reason). */
@ApplicationScoped
public class PointsService {

    @Inject
    Reactive reactive;

    @Inject
    PointsLedger ledger;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    public Uni<Balance> balance(Caller caller) {
        Instant dayStart = LocalDate.ofInstant(clock.now(), config.zone()).atStartOfDay(config.zone()).toInstant();
        return reactive.session(() -> ledger.balance(caller.id()).chain(balance -> Panache.getSession()
                .chain(s -> s.createNativeQuery("SELECT coalesce(sum(delta), 0) FROM points_entry WHERE account_id = ?1 "
                        + "AND reason IN ('FILED', 'CLOSED') AND at >= ?2", Long.class)
                        .setParameter(1, caller.id()).setParameter(2, dayStart).getSingleResult())
                .map(today -> new Balance(balance, today.intValue()))));
    }

    public Uni<History> history(Caller caller, PageParams q) {
        InputCheck.of(q).paging(q.getPage(), q.getSize(), 100).orThrow();
        int page = q.pageOrFirst();
        int size = q.sizeOr(20);
        return reactive.session(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT delta, reason, case_number, redemption_id, note, at FROM points_entry WHERE account_id = ?1 "
                        + "ORDER BY id DESC LIMIT " + size + " OFFSET " + (page * size), Object[].class)
                .setParameter(1, caller.id()).getResultList()
                .chain(rows -> s.createNativeQuery("SELECT count(*) FROM points_entry WHERE account_id = ?1", Long.class)
                        .setParameter(1, caller.id()).getSingleResult()
                        .map(total -> new History(rows.stream().map(r -> new Entry(((Number) r[0]).intValue(),
                                (String) r[1], (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue(),
                                (String) r[4], SqlValues.instant(r[5]))).toList(), page, size, total)))));
    }

    public Uni<AdjustResult> adjust(Caller admin, Adjust r) {
        InputCheck.of(r).idempotencyKey(r.idempotencyKey()).text(r.accountId(), "accountId", 1, 200)
                .require(r.delta() != null && r.delta() != 0 && Math.abs(r.delta()) <= 1_000_000, "delta",
                        "must be a non-zero number of points, at most 1000000 either way")
                .text(r.reason(), "reason", 1, 500).orThrow();
        Instant now = clock.now();
        String account = r.accountId().strip();
        return reactive.transaction(() -> ledger.apply(new PointsLedger.Change(account, r.delta(),
                PointsLedger.Reason.ADJUSTMENT, null, null, r.reason().strip(), admin.id(),
                "adjust|" + admin.id() + "|" + r.idempotencyKey()), now)
                .chain(applied -> ledger.balance(account).map(balance -> new AdjustResult(account, applied, balance))));
    }

}
