package io.suishoupai.shared.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeatGridTest {

    static final GeoPoint XIANNING = new GeoPoint(29.8421, 114.3225);

    @Test
    void aCellIsItsSizeOnBothSidesAtTheCity() {
        HeatGrid grid = HeatGrid.of(200, XIANNING.lat());
        GeoPoint centre = grid.centre(grid.row(XIANNING.lat()), grid.col(XIANNING.lon()));
        GeoPoint north = grid.centre(grid.row(XIANNING.lat()) + 1, grid.col(XIANNING.lon()));
        GeoPoint east = grid.centre(grid.row(XIANNING.lat()), grid.col(XIANNING.lon()) + 1);
        assertEquals(200, centre.distanceMeters(north), 0.5);
        assertEquals(200, centre.distanceMeters(east), 0.5);
    }

    @Test
    void aPointLiesInTheCellWhoseCentreIsNearest() {
        HeatGrid grid = HeatGrid.of(100, XIANNING.lat());
        GeoPoint centre = grid.centre(grid.row(XIANNING.lat()), grid.col(XIANNING.lon()));
        // at most half a cell away on each axis: the diagonal of a half cell
        assertTrue(XIANNING.distanceMeters(centre) <= Math.hypot(50, 50) + 0.5, () -> "" + XIANNING.distanceMeters(centre));
        assertEquals(grid.row(XIANNING.lat()), grid.row(centre.lat()));
        assertEquals(grid.col(XIANNING.lon()), grid.col(centre.lon()));
    }

    @Test
    void cellsFinerThanAPublicPointAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HeatGrid.of(HeatGrid.MIN_CELL_METERS - 1, 30));
        assertThrows(IllegalArgumentException.class, () -> HeatGrid.of(HeatGrid.MAX_CELL_METERS + 1, 30));
        assertTrue(HeatGrid.MIN_CELL_METERS >= 2 * GeoPoint.latDegrees(0) + 100);
    }
}
