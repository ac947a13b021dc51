package io.suishoupai.shared.runtime;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The native statements of the unit of work the caller runs in: a transaction, or read-only work, on one of the
 * reactive pool's connections ({@link Reactive#poolTransaction}, {@link Reactive#poolSession}). The shared decisions
 * every function writes with — the journal, the ledger, the idempotency claims, the outbox — use it, so each writes
 * them in the caller's own transaction.
 *
 * <p>Statements are written with numbered placeholders ({@code ?1}, turned into PostgreSQL's {@code $1} by
 * {@link PoolRows#numbered}); a row is an array of its column values (one column too). Values bind as
 * {@link PoolRows#tuple} binds them; column values come back as the client gives them, so readers convert through
 * {@link Number} and {@link SqlValues}.
 */
@ApplicationScoped
public class CurrentSql {

    /** The key of the unit of work's connection among the local data of its duplicated Vert.x context. */
    static final String CONNECTION = "suishoupai.pool-transaction";

    /** For the static statement holders (OutboxDeliveries, TransactionLock …): this class keeps no state. */
    private static final CurrentSql HERE = new CurrentSql();

    /** The same statements, where no bean is injected. */
    public static CurrentSql here() {
        return HERE;
    }

    /** Every row the statement answers. */
    public Uni<List<Object[]>> rows(String sql, Object... values) {
        return PoolRows.of(connection(), sql, values);
    }

    /** The first row, or null when there is none. */
    public Uni<Object[]> first(String sql, Object... values) {
        return rows(sql, values).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The first column of the only row (a count, a sum, a coalesce). */
    public Uni<Object> value(String sql, Object... values) {
        return first(sql, values).map(row -> {
            if (row == null) {
                throw new IllegalStateException("A statement that answers one row answered none: " + sql);
            }
            return row[0];
        });
    }

    /** A statement that answers no rows: how many rows it changed. */
    public Uni<Integer> update(String sql, Object... values) {
        return connection().preparedQuery(PoolRows.numbered(sql)).execute(PoolRows.tuple(values))
                .map(result -> result.rowCount());
    }

    /** The connection of the caller's unit of work; a statement outside one is a programming error. */
    static SqlConnection connection() {
        SqlConnection connection = poolConnection();
        if (connection == null) {
            throw new IllegalStateException("A statement outside Reactive.poolTransaction or poolSession");
        }
        return connection;
    }

    static SqlConnection poolConnection() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(CONNECTION);
    }
}
