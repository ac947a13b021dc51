package io.suishoupai.shared.view;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The names of administrative units and grids by code, read in one statement straight on the pool: needs no unit of
 * work, so it serves a read composed in one statement as well as code inside a transaction.
 */
@ApplicationScoped
public class AreaNames {

    private static final String BY_CODES = "SELECT code, name FROM area WHERE code = ANY ($1)";

    @Inject
    Pool pool;

    /** Each known code's name; unknown codes and nulls are left out. */
    public Uni<Map<String, String>> of(Collection<String> codes) {
        String[] wanted = codes.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(BY_CODES).execute(Tuple.of(wanted)).map(rows -> {
            Map<String, String> names = new java.util.HashMap<>();
            rows.forEach(row -> names.put(row.getString(0), row.getString(1)));
            return java.util.Collections.unmodifiableMap(names);
        });
    }
}
