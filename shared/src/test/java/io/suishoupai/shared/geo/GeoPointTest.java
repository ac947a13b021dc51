package io.suishoupai.shared.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    static final GeoPoint XIANNING = new GeoPoint(29.8421, 114.3225);

    @Test
    void oneDegreeOfLatitudeIsAbout111Kilometres() {
        assertEquals(111_195, XIANNING.distanceMeters(new GeoPoint(30.8421, 114.3225)), 1);
        assertEquals(0, XIANNING.distanceMeters(XIANNING), 1e-9);
    }

    @Test
    void theBoundingBoxOfARadiusHoldsTheCircle() {
        double r = 500;
        GeoPoint east = new GeoPoint(XIANNING.lat(), XIANNING.lon() + XIANNING.lonDegrees(r));
        GeoPoint north = new GeoPoint(XIANNING.lat() + GeoPoint.latDegrees(r), XIANNING.lon());
        assertEquals(r, XIANNING.distanceMeters(east), 1);
        assertEquals(r, XIANNING.distanceMeters(north), 1e-6);
    }

    @Test
    void theSqlFormulaUsesTheSameRadiusAndTakesThreeParameters() {
        String sql = GeoPoint.distanceSql("c.lat", "c.lon");
        assertTrue(sql.startsWith("2 * 6371008.8 * asin("), sql);
        assertEquals(3, sql.chars().filter(ch -> ch == '?').count());
    }

    @Test
    void aPublicPointIsWithinHalfAStepOfTheExactOne() {
        GeoPoint rounded = new GeoPoint(29.84249, 114.32251).roundedForPublic();
        assertEquals(29.842, rounded.lat(), 1e-12);
        assertEquals(114.323, rounded.lon(), 1e-12);
    }
}
