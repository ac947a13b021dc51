package io.suishoupai.shared.routing;

import io.suishoupai.shared.category.Department;

/** The department a case should go to, and the rule that chose it (null: the category's default). */
public record RouteChoice(Department department, RoutingRule rule) {
}
