package io.suishoupai.shared.view;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.RowJson;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A short list of one table's rows (the categories, the departments, the rewards, the channels), read on the pool in
 * one statement as JSON and onto the entity's fields as plain copies. Each function's reference lists used to be HQL
 * through a Hibernate session: the first HQL a process parsed built the parser (about 0.5 s here, issue #19), so a
 * function's first answer after a cold start paid it.
 */
@ApplicationScoped
public class TableRows {

    @Inject
    Pool pool;

    @Inject
    RowJson rows;

    /**
     * The statement {@link #list} runs: every column of {@code table}'s rows that pass {@code where} (SQL with the
     * pool's placeholders $1…; empty for all), as one JSON array in {@code orderBy}'s order (columns of {@code r}).
     * Built once per list, from the caller's own constants, never from a caller's input.
     */
    public static String listStatement(String table, String where, String orderBy) {
        return "SELECT coalesce(json_agg(r ORDER BY " + orderBy + "), '[]')::text FROM " + table + " r"
                + (where.isBlank() ? "" : " WHERE " + where);
    }

    /** Runs a statement from {@link #listStatement} with its parameters; the rows as {@code type}. */
    public <T> Uni<List<T>> list(String statement, Tuple parameters, Class<T> type) {
        return pool.preparedQuery(statement).execute(parameters)
                .map(result -> rows.readList(result.iterator().next().getString(0), type));
    }
}
