package io.suishoupai.shared.geo;

/**
 * GCJ-02 (the obfuscated datum Chinese maps must use) and BD-09 (Baidu's further offset), from and to WGS-84, with
 * the published formulas. GCJ-02 has no closed-form inverse: WGS-84 is found by fixed-point iteration, within a
 * millimetre in a few steps. Outside China GCJ-02 is WGS-84 (the offset is applied only inside its rough bounds).
 */
final class Gcj02 {

    private static final double A = 6378245.0; // Krasovsky 1940, as the formula uses
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;

    private Gcj02() {
    }

    static boolean outsideChina(GeoPoint p) {
        return p.lon() < 72.004 || p.lon() > 137.8347 || p.lat() < 0.8293 || p.lat() > 55.8271;
    }

    static GeoPoint fromWgs84(GeoPoint p) {
        if (outsideChina(p)) {
            return p;
        }
        double dLat = latOffset(p.lon() - 105.0, p.lat() - 35.0);
        double dLon = lonOffset(p.lon() - 105.0, p.lat() - 35.0);
        double radLat = Math.toRadians(p.lat());
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new GeoPoint(p.lat() + dLat, p.lon() + dLon);
    }

    /** The WGS-84 point whose GCJ-02 image is {@code gcj}: iterate w ← w + (gcj − forward(w)). */
    static GeoPoint toWgs84(GeoPoint gcj) {
        if (outsideChina(gcj)) {
            return gcj;
        }
        GeoPoint w = gcj;
        for (int i = 0; i < 30; i++) {
            GeoPoint forward = fromWgs84(w);
            double eLat = gcj.lat() - forward.lat();
            double eLon = gcj.lon() - forward.lon();
            w = new GeoPoint(w.lat() + eLat, w.lon() + eLon);
            if (Math.abs(eLat) < 1e-10 && Math.abs(eLon) < 1e-10) {
                break;
            }
        }
        return w;
    }

    static GeoPoint toBd09(GeoPoint gcj) {
        double x = gcj.lon();
        double y = gcj.lat();
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
        return new GeoPoint(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065);
    }

    static GeoPoint fromBd09(GeoPoint bd) {
        double x = bd.lon() - 0.0065;
        double y = bd.lat() - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new GeoPoint(z * Math.sin(theta), z * Math.cos(theta));
    }

    private static double latOffset(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double lonOffset(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
