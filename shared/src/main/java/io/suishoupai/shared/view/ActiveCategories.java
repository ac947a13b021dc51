package io.suishoupai.shared.view;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.category.Category;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The categories a report can be filed under, by code: what {@code list-categories} and Open311's service list show. One
 * statement on the pool, not HQL, as these lists are what a client (the app, a FixMyStreet) calls first after a
 * start, when a process's first HQL would build Hibernate's parser (about 0.5 s).
 */
@ApplicationScoped
public class ActiveCategories {

    private static final String WHERE = "active";
    private static final String STATEMENT = TableRows.listStatement("category", WHERE, "r.code");
    private static final String ONE = "SELECT 1 FROM category WHERE code = $1 AND " + WHERE;

    @Inject
    TableRows tableRows;

    @Inject
    Pool pool;

    public Uni<List<Category>> list() {
        return tableRows.list(STATEMENT, Tuple.tuple(), Category.class);
    }

    /** Whether a report can be filed under this code (one row read, by its key): Open311's service definition. */
    public Uni<Boolean> includes(String code) {
        return pool.preparedQuery(ONE).execute(Tuple.of(code)).map(rows -> rows.size() > 0);
    }
}
