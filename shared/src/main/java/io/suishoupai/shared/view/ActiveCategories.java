package io.suishoupai.shared.view;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.category.Category;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The categories a report can be filed under, by code: what {@code list-categories} and Open311's service list show. One
 * statement on the pool, not HQL, as these lists are what a client (the app, a FixMyStreet) calls first after a
 * start, when a process's first HQL would build Hibernate's parser (about 0.5 s).
 */
@ApplicationScoped
public class ActiveCategories {

    private static final String STATEMENT = TableRows.listStatement("category", "active", "r.code");

    @Inject
    TableRows tableRows;

    public Uni<List<Category>> list() {
        return tableRows.list(STATEMENT, Tuple.tuple(), Category.class);
    }
}
