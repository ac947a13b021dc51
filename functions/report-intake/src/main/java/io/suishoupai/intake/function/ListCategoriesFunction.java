package io.suishoupai.intake.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Public;
import io.suishoupai.intake.dto.CategoryView;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.view.TableRows;
import io.vertx.mutiny.sqlclient.Tuple;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** GET /list-categories (public): the active categories a report can be filed under. */
public class ListCategoriesFunction {

    /** The active categories by code, on the pool: the first call after a start parses no HQL. */
    private static final String ACTIVE = TableRows.listStatement("category", "active", "r.code");

    @Inject
    TableRows tableRows;

    @Public
    @Operation(summary = "Active report categories: code, names, kind, group, time limit, points")
    @ReadOnly
    @Funq("list-categories")
    public Uni<List<CategoryView>> listCategories() {
        return tableRows.list(ACTIVE, Tuple.tuple(), Category.class)
                .map(categories -> categories.stream().map(CategoryView::of).toList());
    }
}
