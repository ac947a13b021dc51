package io.suishoupai.shared.runtime;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A native statement run on the reactive pool (or on one of its connections, in a transaction), its rows as arrays
 * of column values. Statements are written with numbered placeholders ({@code ?1}, as they were while functions
 * ran Hibernate's native queries), which become PostgreSQL's ({@code $1}), and an
 * {@link Instant} is bound as the pool's type for timestamptz.
 */
public final class PoolRows {

    private PoolRows() {
    }

    /** Runs {@code sql} (placeholders {@code ?n} or {@code $n}) with {@code values} bound in order. */
    public static Uni<List<Object[]>> of(SqlClient client, String sql, Object... values) {
        return client.preparedQuery(numbered(sql)).execute(tuple(values)).map(result -> {
            List<Object[]> rows = new ArrayList<>(result.size());
            for (Row row : result) {
                Object[] columns = new Object[row.size()];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = row.getValue(i);
                }
                rows.add(columns);
            }
            return rows;
        });
    }

    /** Numbered placeholders as PostgreSQL's: {@code ?12} → {@code $12}. A lone {@code ?} stays. */
    public static String numbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            out.append(ch == '?' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1)) ? '$' : ch);
        }
        return out.toString();
    }

    /** The values in order; an instant as a UTC offset date-time, what the pool binds to timestamptz. */
    public static Tuple tuple(Object... values) {
        Tuple tuple = Tuple.tuple();
        for (Object value : values) {
            tuple.addValue(value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : value);
        }
        return tuple;
    }
}
