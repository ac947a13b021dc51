package io.suishoupai.intake.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Public;
import io.suishoupai.intake.dto.CategoryView;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.runtime.Reactive;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** GET /list-categories (public): the active categories a report can be filed under. */
public class ListCategoriesFunction {

    @Inject
    Reactive reactive;

    @Public
    @Operation(summary = "Active report categories: code, names, kind, group, time limit, points")
    @ReadOnly
    @Funq("list-categories")
    public Uni<List<CategoryView>> listCategories() {
        return reactive.session(() -> Category.<Category>list("active = true order by code"))
                .map(categories -> categories.stream().map(CategoryView::of).toList());
    }
}
