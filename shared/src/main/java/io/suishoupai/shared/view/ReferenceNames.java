package io.suishoupai.shared.view;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.smallrye.mutiny.Uni;

/** Categories and departments by code, for naming them in lists (a few dozen rows each). */
@ApplicationScoped
public class ReferenceNames {

    public record Names(Map<String, Category> categories, Map<String, Department> departments) {
    }

    /** Must run inside a session. */
    public Uni<Names> load() {
        return Category.<Category>listAll().chain(categories -> Department.<Department>listAll().map(departments -> new Names(
                categories.stream().collect(Collectors.toMap(c -> c.code, Function.identity())),
                departments.stream().collect(Collectors.toMap(d -> d.code, Function.identity())))));
    }
}
