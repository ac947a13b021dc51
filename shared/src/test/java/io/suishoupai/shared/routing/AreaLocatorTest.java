package io.suishoupai.shared.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.geo.GeoPoint;

class AreaLocatorTest {

    static Area area(String code, AreaKind kind, String geojson) {
        Area a = new Area();
        a.code = code;
        a.kind = kind;
        a.geojson = geojson;
        a.active = true;
        return a;
    }

    @Test
    void placesAmongCandidatesByTheirShapesNotTheirBoxes() {
        // a triangle whose box holds the point but whose shape does not: a box is only a candidate
        String triangle = "{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[114.3,29.8],[114.4,29.8],[114.3,29.9],[114.3,29.8]]]}";
        GeoPoint nearFarCorner = new GeoPoint(29.89, 114.39);
        List<Area> candidates = List.of(area("D", AreaKind.DISTRICT, PlacementTest.square(29.8, 114.3, 0.1)),
                area("G-TRIANGLE", AreaKind.GRID, triangle));
        assertEquals(new Placement("D", null, null, null), new AreaLocator().placeAmong(candidates, nearFarCorner));
        assertEquals(new Placement("D", null, null, "G-TRIANGLE"),
                new AreaLocator().placeAmong(candidates, new GeoPoint(29.81, 114.31)));
        assertTrue(new AreaLocator().placeAmong(List.of(), nearFarCorner).isEmpty());
    }

    @Test
    void candidatesJsonTakesTheCallersPlaceholders() {
        String sql = AreaLocator.unitCandidatesJson(4, 5);
        assertTrue(sql.contains("box(point(?4, ?5), point(?4, ?5))"), sql);
        assertFalse(sql.contains("?1") || sql.contains("?2"), sql);
        // numbers that overlap the statement's own are renumbered in one step, not twice
        assertTrue(AreaLocator.unitCandidatesJson(2, 1).contains("box(point(?2, ?1), point(?2, ?1))"));
        assertTrue(sql.startsWith("SELECT json_agg(a)::text FROM (SELECT * FROM area WHERE active"), sql);
    }
}
