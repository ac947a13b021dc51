package io.suishoupai.shared.routing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.locationtech.jts.geom.Geometry;

import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.geo.GeoPoint;
import io.smallrye.mutiny.Uni;

/**
 * Picks a case's department: the most specific active rule of its category whose area (if any) covers the
 * location — area-bound rules before area-less ones, then higher priority, then the older rule — pointing at an
 * active department; else the category's default department if active; else nothing (the manual queue).
 */
@ApplicationScoped
public class RouteFinder {

    /** Ordering of matching rules, most specific first. */
    static final Comparator<RoutingRule> MOST_SPECIFIC_FIRST = Comparator
            .comparing((RoutingRule r) -> r.areaCode == null)
            .thenComparing(r -> -r.priority)
            .thenComparing(r -> r.id);

    /** Must run inside a session. */
    public Uni<Optional<RouteChoice>> find(Category category, GeoPoint point) {
        return RoutingRule.<RoutingRule>list("categoryCode = ?1 and active = true", category.code)
                .chain(rules -> Area.<Area>list("active = true").chain(areas -> {
                    Map<String, Area> byCode = new HashMap<>();
                    areas.forEach(a -> byCode.put(a.code, a));
                    List<RoutingRule> matching = rules.stream()
                            .filter(r -> r.areaCode == null || covers(byCode.get(r.areaCode), point))
                            .sorted(MOST_SPECIFIC_FIRST)
                            .toList();
                    return Department.<Department>list("active = true").map(departments -> {
                        Map<String, Department> active = new HashMap<>();
                        departments.forEach(d -> active.put(d.code, d));
                        for (RoutingRule rule : matching) {
                            Department d = active.get(rule.departmentCode);
                            if (d != null) {
                                return Optional.of(new RouteChoice(d, rule));
                            }
                        }
                        Department fallback = category.defaultDepartmentCode == null ? null
                                : active.get(category.defaultDepartmentCode);
                        return Optional.ofNullable(fallback).map(d -> new RouteChoice(d, null));
                    });
                }));
    }

    private static boolean covers(Area area, GeoPoint point) {
        if (area == null) {
            return false; // rule on an inactive area: does not match
        }
        Geometry geometry = Polygons.parse(area.geojson);
        return Polygons.covers(geometry, point);
    }
}
