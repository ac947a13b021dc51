package io.suishoupai.shared.geo;

/** A WGS-84 point. */
public record GeoPoint(double lat, double lon) {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    /** Half the step of {@link #roundedForPublic()}: how far a public point may lie from the exact one, per axis. */
    public static final double PUBLIC_HALF_STEP_DEGREES = 0.0005;

    /** Great-circle (haversine) distance in metres. */
    public double distanceMeters(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The same great-circle distance as PostgreSQL computes it, from the point in the columns (or expressions)
     * {@code latSql}, {@code lonSql} to a point given as three parameters: the latitude twice, then the longitude.
     * Kept beside {@link #distanceMeters} so that the two formulas and their earth radius cannot drift apart.
     */
    public static String distanceSql(String latSql, String lonSql) {
        return "2 * " + EARTH_RADIUS_METERS + " * asin(least(1, sqrt(power(sin(radians(" + latSql + " - ?) / 2), 2) + "
                + "cos(radians(?)) * cos(radians(" + latSql + ")) * power(sin(radians(" + lonSql + " - ?) / 2), 2))))";
    }

    /** Degrees of latitude spanning the given metres (for bounding-box pre-filters). */
    public static double latDegrees(double meters) {
        return Math.toDegrees(meters / EARTH_RADIUS_METERS);
    }

    /** Degrees of longitude spanning the given metres at this latitude. */
    public double lonDegrees(double meters) {
        return Math.toDegrees(meters / (EARTH_RADIUS_METERS * Math.max(0.01, Math.cos(Math.toRadians(lat)))));
    }

    /** The point rounded for public views (3 decimals, about 100 m), so a public view never pins a doorstep. */
    public GeoPoint roundedForPublic() {
        return new GeoPoint(roundForPublic(lat), roundForPublic(lon));
    }

    private static double roundForPublic(double degrees) {
        return Math.round(degrees * 1000) / 1000.0;
    }

    /**
     * {@link #roundedForPublic()}'s rounding of one coordinate as PostgreSQL computes it, on {@code float8} (the same
     * IEEE product and half-up step as {@code Math.round}; only a product within one unit of the last place below a
     * half can round the other way). Kept in float arithmetic: rounding through {@code numeric} cost about 5 µs a
     * row, most of a radius search's time at ten million cases.
     */
    public static String roundedForPublicSql(String degreesSql) {
        return "(floor(" + degreesSql + " * 1000 + 0.5) / 1000)";
    }
}
