package io.suishoupai.shared.runtime;

import java.time.Duration;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Bounds every statement of the current transaction (PostgreSQL's {@code statement_timeout}, local to it): a query
 * past the bound is cancelled by the server, and the failure classifier answers 503. Must run inside a transaction,
 * so the pooled connection keeps its default once the transaction ends.
 */
public final class StatementTimeout {

    private static final String SET = "SELECT set_config('statement_timeout', $1, true)";

    private StatementTimeout() {
    }

    /** In the transaction of the caller's unit of work, wherever {@link CurrentSql} finds it. */
    public static Uni<Void> forThisTransaction(Duration bound) {
        // SET is written with the pool's placeholders ($n); CurrentSql takes numbered ones (?n) and turns them back
        return CurrentSql.here().rows(SET.replace('$', '?'), millis(bound)).replaceWithVoid();
    }

    /** In a transaction on a connection the caller holds itself ({@code Pool.withTransaction}). */
    public static Uni<Void> forThisTransaction(SqlConnection transaction, Duration bound) {
        return transaction.preparedQuery(SET).execute(Tuple.of(millis(bound))).replaceWithVoid();
    }

    private static String millis(Duration bound) {
        return Long.toString(bound.toMillis());
    }
}
