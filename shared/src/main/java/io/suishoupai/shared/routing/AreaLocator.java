package io.suishoupai.shared.routing;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locationtech.jts.geom.Geometry;

import io.suishoupai.shared.runtime.CurrentEntities;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.runtime.SqlValues;
import io.smallrye.mutiny.Uni;

/**
 * Point-in-polygon over the stored areas: the bounding-box index picks the few candidate rows in SQL, JTS decides
 * on their shapes (a point on a border belongs to the area). Parsed shapes are cached by their text, so an edited
 * area is parsed anew and nothing goes stale.
 */
@ApplicationScoped
public class AreaLocator {

    @Inject
    CurrentEntities entities;

    private static final int MAX_CACHED = 20_000;
    private static final Collection<AreaKind> UNITS = EnumSet.of(AreaKind.DISTRICT, AreaKind.STREET,
            AreaKind.COMMUNITY, AreaKind.GRID);

    /** The candidates: active areas whose box holds the point, on the GiST index of V9 (area_box_idx). */
    static final String BOXES_HOLDING_A_POINT = "SELECT * FROM area WHERE active AND kind IN (%s) "
            + "AND box(point(min_lon, min_lat), point(max_lon, max_lat)) @> box(point(?1, ?2), point(?1, ?2))";

    private final Map<String, Geometry> shapes = new ConcurrentHashMap<>();

    /** Must run inside a unit of work on the pool. The case's district, street, community and grid. */
    public Uni<Placement> place(GeoPoint point) {
        return covering(point, UNITS).map(Placement::of);
    }

    /**
     * The candidates for {@link #placeAmong} as one JSON array of rows (null when none), for a caller that reads them
     * inside a statement of its own: {@code lonParam} and {@code latParam} are its placeholders' numbers.
     */
    public static String unitCandidatesJson(int lonParam, int latParam) {
        return "SELECT json_agg(a)::text FROM (" + BOXES_HOLDING_A_POINT.formatted(SqlValues.literals(UNITS))
                .replace("?1", "?lon").replace("?2", "?lat") // in two steps: the new numbers may be 1 or 2
                .replace("?lon", "?" + lonParam).replace("?lat", "?" + latParam) + ") a";
    }

    /** The case's district, street, community and grid, decided among rows read by {@link #unitCandidatesJson}. */
    public Placement placeAmong(List<Area> candidates, GeoPoint point) {
        return Placement.of(coveringAmong(candidates, point));
    }

    /** Must run inside a unit of work on the pool. The active areas of these kinds that cover the point. */
    public Uni<List<Placement.Covering>> covering(GeoPoint point, Collection<AreaKind> kinds) {
        return entities.list(Area.class, BOXES_HOLDING_A_POINT.formatted(SqlValues.literals(kinds)), point.lon(),
                point.lat()).map(areas -> coveringAmong(areas, point));
    }

    private List<Placement.Covering> coveringAmong(List<Area> candidates, GeoPoint point) {
        return candidates.stream()
                .map(a -> new Placement.Covering(a.code, a.kind, shapeOf(a)))
                .filter(c -> Polygons.covers(c.geometry(), point))
                .toList();
    }

    /** Whether the area covers the point. */
    public boolean covers(Area area, GeoPoint point) {
        return Polygons.covers(shapeOf(area), point);
    }

    Geometry shapeOf(Area area) {
        if (shapes.size() > MAX_CACHED) {
            shapes.clear(); // bounded: edits leave old texts behind
        }
        return shapes.computeIfAbsent(area.geojson, Polygons::parse);
    }
}
