package io.suishoupai.intake.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.intake.dto.BlockReporterRequest;
import io.suishoupai.intake.dto.BlockedReporterView;
import io.suishoupai.intake.dto.UnblockReporterRequest;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.runtime.SqlValues;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.time.AppClock;
import io.smallrye.mutiny.Uni;

/** The ban list's administration (issue #18): block, lift, list; intake enforces it (ReporterBlocks). */
@ApplicationScoped
public class ReporterBlockService {

    @Inject
    CurrentSql sql;

    @Inject
    Reactive reactive;

    @Inject
    AppClock clock;

    public Uni<BlockedReporterView> block(Caller caller, BlockReporterRequest request) {
        Instant now = clock.now();
        InputCheck.of(request).text(request.accountId(), "accountId", 1, 200).text(request.reason(), "reason", 1, 500)
                .require(request.until() == null || request.until().isAfter(now), "until", "must be in the future")
                .orThrow();
        String account = request.accountId().strip();
        return reactive.poolTransaction(() -> sql.update("INSERT INTO "
                + "reporter_block (account_id, reason, until, blocked_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                + "ON CONFLICT (account_id) DO UPDATE SET reason = excluded.reason, until = excluded.until, "
                + "blocked_by = excluded.blocked_by, created_at = excluded.created_at", account,
                request.reason().strip(), request.until(), caller.id(), now))
                .replaceWith(new BlockedReporterView(account, request.reason().strip(), request.until(), caller.id(), now));
    }

    public Uni<BlockedReporterView> unblock(UnblockReporterRequest request) {
        InputCheck.of(request).text(request.accountId(), "accountId", 1, 200).orThrow();
        String account = request.accountId().strip();
        return reactive.poolTransaction(() -> sql.rows("DELETE FROM "
                + "reporter_block WHERE account_id = ?1 RETURNING account_id, reason, until, blocked_by, created_at",
                account))
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw Problems.notFound(ErrorCode.NOT_FOUND, account + " is not blocked.");
                    }
                    return view(rows.get(0));
                });
    }

    /** Every block still in force, newest first (at most 1 000: a list for people to read, not an export). */
    public Uni<List<BlockedReporterView>> list() {
        Instant now = clock.now();
        return reactive.poolSession(() -> sql.rows("SELECT account_id, reason, "
                + "until, blocked_by, created_at FROM reporter_block WHERE until IS NULL OR until > ?1 "
                + "ORDER BY created_at DESC LIMIT 1000", now))
                .map(rows -> rows.stream().map(ReporterBlockService::view).toList());
    }

    private static BlockedReporterView view(Object[] r) {
        return new BlockedReporterView((String) r[0], (String) r[1], SqlValues.instant(r[2]), (String) r[3],
                SqlValues.instant(r[4]));
    }
}
