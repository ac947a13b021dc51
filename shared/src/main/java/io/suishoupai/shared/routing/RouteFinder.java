package io.suishoupai.shared.routing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.runtime.CurrentEntities;
import io.suishoupai.shared.runtime.SqlValues;
import io.smallrye.mutiny.Uni;

/**
 * Picks a case's department, most specific first: an active rule of its category naming an area the case lies in
 * (a smaller unit before a larger — grid, community, street, district, city; a zone ranks with a grid — then the
 * higher priority, then the older rule); then the maintainer of the component the report names; then an area-less
 * rule (priority, age); then the category's default department. Only active departments are chosen; with none, the
 * case waits in the manual queue.
 */
@ApplicationScoped
public class RouteFinder {

    /** What routing looks at: the point (WGS-84), its stored placement, and the named component's maintainer. */
    public record Subject(GeoPoint point, Placement placement, String componentMaintainerCode) {
    }

    @Inject
    AreaLocator locator;

    /** Native SQL (routing runs on every dispatch and auto-dispatched report; HQL is translated on every call). */
    @Inject
    CurrentEntities entities;

    private static final String ACTIVE_RULES = "SELECT * FROM routing_rule WHERE category_code = ?1 AND active";

    /**
     * Must run inside a unit of work on the pool. Reads only what this category's routing needs: its active
     * rules, the areas and departments those rules (and the default and maintainer) name — routing runs on every
     * dispatch and auto-dispatched intake.
     */
    public Uni<Optional<RouteChoice>> find(Category category, Subject subject) {
        return entities.list(RoutingRule.class, ACTIVE_RULES, category.code).chain(rules -> {
            Set<String> areaCodes = rules.stream().map(r -> r.areaCode).filter(Objects::nonNull).collect(Collectors.toSet());
            Set<String> departmentCodes = rules.stream().map(r -> r.departmentCode).collect(Collectors.toCollection(HashSet::new));
            if (category.defaultDepartmentCode != null) {
                departmentCodes.add(category.defaultDepartmentCode);
            }
            if (subject.componentMaintainerCode() != null) {
                departmentCodes.add(subject.componentMaintainerCode());
            }
            Uni<List<Area>> areas = areaCodes.isEmpty() ? Uni.createFrom().item(List.of())
                    : entities.list(Area.class, "SELECT * FROM area WHERE code " + SqlValues.inTexts("?1")
                            + " AND active", SqlValues.jsonArray(areaCodes));
            Uni<List<Department>> departments = departmentCodes.isEmpty() ? Uni.createFrom().item(List.of())
                    : entities.list(Department.class, "SELECT * FROM department WHERE code " + SqlValues.inTexts("?1")
                            + " AND active", SqlValues.jsonArray(departmentCodes));
            // one connection runs one statement at a time: chain, don't combine
            return areas.chain(as -> departments.map(ds -> choose(category, subject, rules, as, ds)));
        });
    }

    private Optional<RouteChoice> choose(Category category, Subject subject, List<RoutingRule> rules,
            List<Area> areas, List<Department> departments) {
        Map<String, Area> areaByCode = new HashMap<>();
        areas.forEach(a -> areaByCode.put(a.code, a));
        Map<String, Department> active = new HashMap<>();
        departments.forEach(d -> active.put(d.code, d));
        Comparator<RoutingRule> bySpecificity = Comparator
                .comparing((RoutingRule r) -> -areaByCode.get(r.areaCode).kind.routingSpecificity())
                .thenComparing(r -> -r.priority).thenComparing(r -> r.id);
        Comparator<RoutingRule> byPriority = Comparator.comparing((RoutingRule r) -> -r.priority)
                .thenComparing(r -> r.id);
        List<RoutingRule> areaRules = rules.stream()
                .filter(r -> r.areaCode != null && areaByCode.containsKey(r.areaCode)
                        && liesIn(areaByCode.get(r.areaCode), subject))
                .sorted(bySpecificity).toList();
        Optional<RouteChoice> chosen = first(areaRules, active);
        if (chosen.isPresent()) {
            return chosen;
        }
        Department maintainer = subject.componentMaintainerCode() == null ? null
                : active.get(subject.componentMaintainerCode());
        if (maintainer != null) {
            return Optional.of(new RouteChoice(maintainer, null));
        }
        chosen = first(rules.stream().filter(r -> r.areaCode == null).sorted(byPriority).toList(), active);
        if (chosen.isPresent()) {
            return chosen;
        }
        Department fallback = category.defaultDepartmentCode == null ? null : active.get(category.defaultDepartmentCode);
        return Optional.ofNullable(fallback).map(d -> new RouteChoice(d, null));
    }

    private static Optional<RouteChoice> first(List<RoutingRule> rules, Map<String, Department> active) {
        for (RoutingRule rule : rules) {
            Department d = active.get(rule.departmentCode);
            if (d != null) {
                return Optional.of(new RouteChoice(d, rule));
            }
        }
        return Optional.empty();
    }

    /**
     * A unit (district … grid) matches the placement stored at intake, so routing agrees with what the case shows;
     * a city or zone, and any unit for a case placed nowhere (one from before the grid existed), by its polygon.
     */
    private boolean liesIn(Area area, Subject subject) {
        if (area.kind.isUnit() && !subject.placement().isEmpty()) {
            return area.code.equals(subject.placement().codeOf(area.kind));
        }
        return locator.covers(area, subject.point());
    }
}
