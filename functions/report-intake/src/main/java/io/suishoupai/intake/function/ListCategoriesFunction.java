package io.suishoupai.intake.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Public;
import io.suishoupai.intake.dto.CategoryView;
import io.suishoupai.shared.view.ActiveCategories;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** GET /list-categories (public): the active categories a report can be filed under. */
public class ListCategoriesFunction {

    @Inject
    ActiveCategories activeCategories;

    @Public
    @Operation(summary = "Active report categories: code, names, kind, group, time limit, points")
    @ReadOnly
    @Funq("list-categories")
    public Uni<List<CategoryView>> listCategories() {
        return activeCategories.list()
                .map(categories -> categories.stream().map(CategoryView::of).toList());
    }
}
