package io.suishoupai.shared.geo;

/**
 * The square-ish cells a heat map counts cases in: {@code cellMeters} on a side, measured at a reference latitude
 * (the service area's centre), so a city's cells are all about the same size. Cell (row, col) holds the points with
 * {@code floor(lat / latStep) = row} and {@code floor(lon / lonStep) = col}; the heat map shows each at its centre.
 * Cells are never smaller than {@link #MIN_CELL_METERS}, so a public heat map cannot place a case more closely than a
 * public view does ({@link GeoPoint#roundedForPublic()}).
 */
public record HeatGrid(int cellMeters, double latStep, double lonStep) {

    public static final int MIN_CELL_METERS = 100;
    public static final int MAX_CELL_METERS = 5_000;
    public static final int DEFAULT_CELL_METERS = 200;

    public static HeatGrid of(int cellMeters, double referenceLat) {
        if (cellMeters < MIN_CELL_METERS || cellMeters > MAX_CELL_METERS) {
            throw new IllegalArgumentException("a cell is " + MIN_CELL_METERS + " to " + MAX_CELL_METERS + " m");
        }
        return new HeatGrid(cellMeters, GeoPoint.latDegrees(cellMeters),
                new GeoPoint(referenceLat, 0).lonDegrees(cellMeters));
    }

    public long row(double lat) {
        return (long) Math.floor(lat / latStep);
    }

    public long col(double lon) {
        return (long) Math.floor(lon / lonStep);
    }

    /** The WGS-84 centre of a cell. */
    public GeoPoint centre(long row, long col) {
        return new GeoPoint((row + 0.5) * latStep, (col + 0.5) * lonStep);
    }
}
