package io.suishoupai.shared.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CoordSystemTest {

    /** 金桂西路, Xianning, as WGS-84. */
    static final GeoPoint XIANNING = new GeoPoint(29.8421, 114.3225);

    /** Across the country: Harbin, Beijing, Urumqi, Lhasa, Chengdu, Shanghai, Xianning, Guangzhou, Haikou. */
    static final List<GeoPoint> CHINA = List.of(new GeoPoint(45.8038, 126.5350), new GeoPoint(39.9087, 116.3975),
            new GeoPoint(43.8256, 87.6168), new GeoPoint(29.6500, 91.1000), new GeoPoint(30.5728, 104.0668),
            new GeoPoint(31.2304, 121.4737), XIANNING, new GeoPoint(23.1291, 113.2644),
            new GeoPoint(20.0440, 110.1999));

    static double eastMetres(GeoPoint from, GeoPoint to) {
        return from.distanceMeters(new GeoPoint(from.lat(), to.lon())) * Math.signum(to.lon() - from.lon());
    }

    static double northMetres(GeoPoint from, GeoPoint to) {
        return from.distanceMeters(new GeoPoint(to.lat(), from.lon())) * Math.signum(to.lat() - from.lat());
    }

    @Test
    void atXianningGcj02Lies589MetresOffWgs84() {
        // 521 m east and 274 m south: a WeChat point taken as WGS-84 would land that far south-east of the place
        GeoPoint gcj = CoordSystem.GCJ02.fromWgs84(XIANNING);
        assertEquals(589, XIANNING.distanceMeters(gcj), 5);
        assertEquals(521, eastMetres(XIANNING, gcj), 5);
        assertEquals(-274, northMetres(XIANNING, gcj), 5);
        double bd = XIANNING.distanceMeters(CoordSystem.BD09.fromWgs84(XIANNING));
        assertTrue(bd > 1000 && bd < 1400, "BD-09 lies about 1.2 km off: " + bd);
    }

    @Test
    void theWidelyPublishedTiananmenPairIsReproduced() {
        GeoPoint gcj = CoordSystem.GCJ02.fromWgs84(new GeoPoint(39.908692, 116.397477));
        assertEquals(39.910093, gcj.lat(), 1e-5);
        assertEquals(116.403722, gcj.lon(), 1e-5);
    }

    @Test
    void aGcj02OrBd09PointComesBackToWgs84WithinHalfAMetreAcrossChina() {
        for (GeoPoint wgs : CHINA) {
            for (CoordSystem system : List.of(CoordSystem.GCJ02, CoordSystem.BD09)) {
                GeoPoint given = system.fromWgs84(wgs);
                assertTrue(wgs.distanceMeters(given) > 100, system + " is offset at " + wgs);
                double error = wgs.distanceMeters(system.toWgs84(given));
                assertTrue(error < 0.5, system + " round trip at " + wgs + ": " + error + " m");
            }
        }
    }

    @Test
    void outsideChinaGcj02IsWgs84AndCgcs2000IsTakenAsWgs84() {
        GeoPoint tokyo = new GeoPoint(35.6762, 139.6503);
        assertEquals(tokyo, CoordSystem.GCJ02.toWgs84(tokyo));
        assertEquals(tokyo, CoordSystem.GCJ02.fromWgs84(tokyo));
        assertEquals(XIANNING, CoordSystem.CGCS2000.toWgs84(XIANNING));
    }

    @Test
    void aClientNamesItsSystemOrGetsWgs84() {
        assertEquals(Optional.of(CoordSystem.WGS84), CoordSystem.parse(null));
        assertEquals(Optional.of(CoordSystem.GCJ02), CoordSystem.parse("GCJ02"));
        assertEquals(Optional.empty(), CoordSystem.parse("gcj02"));
        assertEquals(Optional.empty(), CoordSystem.parse("WGS-84"));
    }
}
