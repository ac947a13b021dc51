package io.suishoupai.shared.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.ProblemException;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;

class PolygonsTest {

    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[114.30,29.83],[114.34,29.83],[114.34,29.86],"
            + "[114.30,29.86],[114.30,29.83]]]}";

    @Test
    void aPointInsideIsCoveredAndOneOutsideIsNot() {
        var square = Polygons.parse(SQUARE);
        assertTrue(Polygons.covers(square, new GeoPoint(29.8421, 114.3225)));
        assertTrue(Polygons.covers(square, new GeoPoint(29.83, 114.32)), "the border belongs to the area");
        assertFalse(Polygons.covers(square, new GeoPoint(29.90, 114.32)));
    }

    @Test
    void featuresAndMultiPolygonsAreAccepted() {
        Polygons.parse("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + SQUARE + "}");
        Polygons.parse("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[114.30,29.83],[114.34,29.83],[114.34,29.86],"
                + "[114.30,29.83]]]]}");
    }

    @Test
    void invalidPolygonsAre422() {
        for (String bad : new String[] {"not json", "{}", "{\"type\":\"Point\",\"coordinates\":[114.3,29.8]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[114.30,29.83],[114.34,29.83],[114.30,29.83]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[114.30,29.83],[114.34,29.83],[114.34,29.86],[114.31,29.84]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[500,0],[1,1],[1,0],[500,0]]]}"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Polygons.parse(bad), bad);
            assertEquals("INVALID_POLYGON", e.code());
        }
    }

    @Test
    void aShapeGivenInGcj02IsStoredInWgs84() {
        GeoPoint wgs = new GeoPoint(29.8421, 114.3225);
        GeoPoint gcj = CoordSystem.GCJ02.fromWgs84(wgs);
        double d = 0.0005;
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}".formatted(
                gcj.lon() - d, gcj.lat() - d, gcj.lon() + d, gcj.lat() - d, gcj.lon() + d, gcj.lat() + d,
                gcj.lon() - d, gcj.lat() + d, gcj.lon() - d, gcj.lat() - d);
        String stored = Polygons.toWgs84(square, CoordSystem.GCJ02);
        assertTrue(Polygons.covers(Polygons.parse(stored), wgs), "the true point lies in the converted shape");
        assertFalse(Polygons.covers(Polygons.parse(square), wgs), "and not in the shape as given (~590 m off)");
        assertEquals(square, Polygons.toWgs84(square, CoordSystem.CGCS2000));
    }
}
