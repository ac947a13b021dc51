package io.suishoupai.shared.abuse;

import java.time.Instant;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.smallrye.mutiny.Uni;

/**
 * The ban list (issue #18): an admin blocks an account that abuses the service (block-reporter), until a date or
 * until lifted; while blocked it may not report, follow up or say "still there" — 403 REPORTER_BLOCKED with the
 * reason, so the citizen knows why.
 */
public final class ReporterBlocks {

    private ReporterBlocks() {
    }

    /** Must run inside a unit of work on the pool. 403 REPORTER_BLOCKED while the account is blocked. */
    public static Uni<Void> requireNotBlocked(String accountId, Instant now) {
        return CurrentSql.here().first(BLOCK_REASON, accountId, now)
                .invoke(row -> refuseIfBlocked(row == null ? null : (String) row[0])).replaceWithVoid();
    }

    /**
     * The reason an account is blocked now, null when it is not: {@code ?1} the account, {@code ?2} now. A scalar
     * subquery, so a caller can read it in one statement with others.
     */
    public static final String BLOCK_REASON = "SELECT reason FROM reporter_block "
            + "WHERE account_id = ?1 AND (until IS NULL OR until > ?2) LIMIT 1";

    /** 403 REPORTER_BLOCKED, with the reason, when there is one. */
    public static void refuseIfBlocked(String reason) {
        if (reason != null) {
            throw Problems.forbidden(ErrorCode.REPORTER_BLOCKED, "This account may not report for now: " + reason);
        }
    }
}
