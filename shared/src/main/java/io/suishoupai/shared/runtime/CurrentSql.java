package io.suishoupai.shared.runtime;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.common.AffectedEntities;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The native statements of the unit of work the caller runs in, whichever kind it is: a transaction on one of the
 * reactive pool's connections ({@link Reactive#poolTransaction}), or a Hibernate session ({@link Reactive#transaction},
 * {@link Reactive#session}). The shared decisions every function writes with — the journal, the ledger, the
 * idempotency claims, the outbox — use it, so a function that runs without Hibernate (issue #19: its start-up
 * builds no Hibernate model) writes them in its own transaction exactly as the others do in theirs.
 *
 * <p>Statements are written once, with Hibernate's numbered placeholders ({@code ?1}); a row is an array of its
 * column values (one column too). Values bind as {@link PoolRows#tuple} binds them on the pool; column values come
 * back as each client gives them, so readers convert through {@link Number} and {@link SqlValues}. No statement
 * here may return an array-typed column: a one-column row of Hibernate's is the value itself, and an array would
 * read as a row.
 */
@ApplicationScoped
public class CurrentSql {

    /** The key of the pool transaction's connection among the local data of its duplicated Vert.x context. */
    static final String CONNECTION = "suishoupai.pool-transaction";

    /** For the static statement holders (OutboxDeliveries, TransactionLock …): this class keeps no state. */
    private static final CurrentSql HERE = new CurrentSql();

    /** The same statements, where no bean is injected. */
    public static CurrentSql here() {
        return HERE;
    }

    /**
     * Every row the statement answers. In a session, Hibernate first flushes every change the session holds, as it
     * does before any native statement it cannot see into.
     */
    public Uni<List<Object[]>> rows(String sql, Object... values) {
        return rows(null, sql, values);
    }

    /** The first row, or null when there is none. */
    public Uni<Object[]> first(String sql, Object... values) {
        return rows(sql, values).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * The first row of a statement that touches only the tables of {@code tables}: in a session, Hibernate flushes
     * first only what it holds of those. For look-ups of reference data (a category, a template, a channel) in the
     * middle of a change: a flush there would write a changed case early, and each write of a case is a version.
     */
    public Uni<Object[]> firstOf(List<Class<?>> tables, String sql, Object... values) {
        return rows(tables, sql, values).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** A statement that answers no rows and touches only the tables of {@code tables} (see {@link #firstOf}). */
    public Uni<Integer> updateOf(List<Class<?>> tables, String sql, Object... values) {
        SqlConnection connection = poolConnection();
        if (connection != null) {
            return update(sql, values);
        }
        return Panache.getSession().chain(s -> bind(s.createNativeQuery(sql, affected(tables)), values)
                .executeUpdate());
    }

    private Uni<List<Object[]>> rows(List<Class<?>> tables, String sql, Object... values) {
        SqlConnection connection = poolConnection();
        if (connection != null) {
            return PoolRows.of(connection, sql, values);
        }
        return Panache.getSession().chain(s -> bind(tables == null ? s.createNativeQuery(sql)
                : s.createNativeQuery(sql, affected(tables)), values).getResultList())
                .map(rows -> rows.stream().map(CurrentSql::asRow).toList());
    }

    private static AffectedEntities affected(List<Class<?>> tables) {
        return new AffectedEntities(tables.toArray(Class<?>[]::new));
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
        SqlConnection connection = poolConnection();
        if (connection != null) {
            return connection.preparedQuery(PoolRows.numbered(sql)).execute(PoolRows.tuple(values))
                    .map(result -> result.rowCount());
        }
        return Panache.getSession().chain(s -> bind(s.createNativeQuery(sql), values).executeUpdate());
    }

    /** Whether the caller's unit of work is a pool transaction (no Hibernate session, no managed entities). */
    public boolean onPool() {
        return poolConnection() != null;
    }

    static SqlConnection poolConnection() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(CONNECTION);
    }

    private static <Q extends org.hibernate.reactive.mutiny.Mutiny.Query<?>> Q bind(Q query, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }

    private static Object[] asRow(Object row) {
        return row instanceof Object[] columns ? columns : new Object[] { row };
    }
}
