package io.suishoupai.shared.subscription;

import io.suishoupai.shared.geo.GeoPoint;

/**
 * A "near me" subscription's circle, in WGS-84, with the bounding box the fan-out finds it by. The radius is
 * bounded: a circle over a whole district is an area subscription, and a wider one would make each case's news
 * reach everyone.
 */
public record NearCircle(GeoPoint centre, int radiusMeters) {

    public static final int MIN_RADIUS_METERS = 50;
    public static final int MAX_RADIUS_METERS = 5_000;

    public static boolean validRadius(Integer meters) {
        return meters != null && meters >= MIN_RADIUS_METERS && meters <= MAX_RADIUS_METERS;
    }

    public double minLat() {
        return centre.lat() - GeoPoint.latDegrees(radiusMeters);
    }

    public double maxLat() {
        return centre.lat() + GeoPoint.latDegrees(radiusMeters);
    }

    public double minLon() {
        return centre.lon() - centre.lonDegrees(radiusMeters);
    }

    public double maxLon() {
        return centre.lon() + centre.lonDegrees(radiusMeters);
    }

    /** Whether a case at this point is news for the circle (the border included). */
    public boolean holds(GeoPoint point) {
        return centre.distanceMeters(point) <= radiusMeters;
    }
}
