package io.suishoupai.shared.runtime;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Entities read by a native statement in the caller's unit of work ({@link CurrentSql}): in a Hibernate session as
 * Hibernate maps them (managed, as before), in a pool transaction as plain copies read from {@code row_to_json}
 * ({@link RowJson}). For reads of reference data that both kinds of function make (areas, routing rules,
 * departments); a caller that changes what it read writes the change itself.
 */
@ApplicationScoped
public class CurrentEntities {

    @Inject
    RowJson rows;

    /** The rows of {@code sql} (a SELECT of the entity's table, every column, {@code ?n} placeholders) as entities. */
    public <T> Uni<List<T>> list(Class<T> type, String sql, Object... values) {
        if (CurrentSql.poolConnection() != null) {
            return CurrentSql.here().rows("SELECT row_to_json(x)::text FROM (" + sql + ") x", values)
                    .map(found -> found.stream().map(row -> rows.read((String) row[0], type)).toList());
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, type);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            return query.getResultList();
        });
    }
}
