package io.suishoupai.shared.routing;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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

    /** Parsed area polygons by their GeoJSON text: an edited area has new text, so nothing goes stale. */
    private final Map<String, Geometry> geometries = new ConcurrentHashMap<>();

    /**
     * Must run inside a session. Reads only what this category's routing needs: its active rules, the areas and
     * departments those rules (and the default) name — routing runs on every dispatch and auto-dispatched intake.
     */
    public Uni<Optional<RouteChoice>> find(Category category, GeoPoint point) {
        return RoutingRule.<RoutingRule>list("categoryCode = ?1 and active = true", category.code).chain(rules -> {
            Set<String> areaCodes = rules.stream().map(r -> r.areaCode).filter(Objects::nonNull).collect(Collectors.toSet());
            Set<String> departmentCodes = rules.stream().map(r -> r.departmentCode).collect(Collectors.toCollection(HashSet::new));
            if (category.defaultDepartmentCode != null) {
                departmentCodes.add(category.defaultDepartmentCode);
            }
            Uni<List<Area>> areas = areaCodes.isEmpty() ? Uni.createFrom().item(List.of())
                    : Area.list("code in ?1 and active = true", areaCodes);
            Uni<List<Department>> departments = departmentCodes.isEmpty() ? Uni.createFrom().item(List.of())
                    : Department.list("code in ?1 and active = true", departmentCodes);
            // one session runs one query at a time: chain, don't combine
            return areas.chain(as -> departments.map(ds -> choose(category, point, rules, as, ds)));
        });
    }

    private Optional<RouteChoice> choose(Category category, GeoPoint point, List<RoutingRule> rules, List<Area> areas,
            List<Department> departments) {
        Map<String, Area> areaByCode = new HashMap<>();
        areas.forEach(a -> areaByCode.put(a.code, a));
        Map<String, Department> active = new HashMap<>();
        departments.forEach(d -> active.put(d.code, d));
        List<RoutingRule> matching = rules.stream()
                .filter(r -> r.areaCode == null || covers(areaByCode.get(r.areaCode), point))
                .sorted(MOST_SPECIFIC_FIRST)
                .toList();
        for (RoutingRule rule : matching) {
            Department d = active.get(rule.departmentCode);
            if (d != null) {
                return Optional.of(new RouteChoice(d, rule));
            }
        }
        Department fallback = category.defaultDepartmentCode == null ? null : active.get(category.defaultDepartmentCode);
        return Optional.ofNullable(fallback).map(d -> new RouteChoice(d, null));
    }

    private boolean covers(Area area, GeoPoint point) {
        if (area == null) {
            return false; // rule on an inactive area: does not match
        }
        if (geometries.size() > 10_000) {
            geometries.clear(); // bounded: areas are few; edits leave old texts behind
        }
        return Polygons.covers(geometries.computeIfAbsent(area.geojson, Polygons::parse), point);
    }
}
