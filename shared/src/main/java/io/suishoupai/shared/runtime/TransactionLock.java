package io.suishoupai.shared.runtime;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A PostgreSQL advisory lock held until the transaction ends, named by a scope and a key: concurrent transactions
 * with the same name queue up, so a count-then-insert under a limit (reports per day, pending uploads) cannot be
 * passed by two callers that each saw room. Must run inside a transaction (outside one it would be released at once).
 */
public final class TransactionLock {

    private TransactionLock() {
    }

    /** In the caller's transaction, wherever {@link CurrentSql} finds it. */
    public static Uni<Void> hold(String scope, String key) {
        return CurrentSql.here().rows("SELECT " + taking("?1") + "::text", name(scope, key)).replaceWithVoid();
    }

    /** The same lock, for a transaction on a connection the caller holds itself ({@code Pool.withTransaction}). */
    public static Uni<Void> hold(SqlConnection transaction, String scope, String key) {
        return transaction.preparedQuery("SELECT " + taking("$1") + "::text") // $n: the pool's placeholders
                .execute(Tuple.of(name(scope, key))).replaceWithVoid();
    }

    /** The lock's name, to bind where {@link #taking} names its parameter. */
    public static String name(String scope, String key) {
        return scope + ":" + key;
    }

    /** The SQL that takes the lock (void), its name bound to {@code parameter}: for a statement that does more. */
    public static String taking(String parameter) {
        return "pg_advisory_xact_lock(hashtextextended(" + parameter + ", 0))";
    }

    /**
     * The same lock, without waiting: true when this transaction now holds it, false when another does — for work
     * that a second caller should skip rather than repeat behind the first (a scheduled run whose previous run, given
     * up on by its caller, still works in the database).
     */
    public static Uni<Boolean> tryHold(String scope, String key) {
        return CurrentSql.here().value("SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 0))", name(scope, key))
                .map(held -> (Boolean) held);
    }
}
