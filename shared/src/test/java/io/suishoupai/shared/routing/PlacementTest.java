package io.suishoupai.shared.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlacementTest {

    static String square(double lat, double lon, double side) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}".formatted(
                lon, lat, lon + side, lat, lon + side, lat + side, lon, lat + side, lon, lat);
    }

    static Placement.Covering covering(String code, AreaKind kind, double side) {
        return new Placement.Covering(code, kind, Polygons.parse(square(29.8, 114.3, side)));
    }

    @Test
    void eachLevelTakesItsCoveringAreaAndOverlapsGoToTheSmaller() {
        Placement p = Placement.of(List.of(covering("D", AreaKind.DISTRICT, 0.1), covering("S", AreaKind.STREET, 0.05),
                covering("C1", AreaKind.COMMUNITY, 0.02), covering("C0", AreaKind.COMMUNITY, 0.01),
                covering("G", AreaKind.GRID, 0.001), covering("Z", AreaKind.ZONE, 0.0005),
                covering("CITY", AreaKind.CITY, 1)));
        assertEquals(new Placement("D", "S", "C0", "G"), p);
        assertEquals("C0", p.codeOf(AreaKind.COMMUNITY));
        assertEquals(null, p.codeOf(AreaKind.ZONE));
        assertFalse(p.isEmpty());
        assertTrue(Placement.of(List.of(covering("Z", AreaKind.ZONE, 1))).isEmpty(), "zones and the city are not stored");
    }

    @Test
    void equalAreasAreToldApartByCode() {
        assertEquals("A", Placement.of(List.of(covering("B", AreaKind.GRID, 0.001), covering("A", AreaKind.GRID, 0.001)))
                .grid());
    }

    @Test
    void theNestingAndTheRoutingRank() {
        assertTrue(AreaKind.CITY.mayContain(AreaKind.DISTRICT));
        assertTrue(AreaKind.DISTRICT.mayContain(AreaKind.GRID), "a level may be skipped");
        assertTrue(AreaKind.STREET.mayContain(AreaKind.ZONE));
        assertFalse(AreaKind.GRID.mayContain(AreaKind.COMMUNITY));
        assertFalse(AreaKind.GRID.mayContain(AreaKind.GRID));
        assertFalse(AreaKind.ZONE.mayContain(AreaKind.GRID));
        assertTrue(AreaKind.GRID.routingSpecificity() > AreaKind.COMMUNITY.routingSpecificity());
        assertTrue(AreaKind.COMMUNITY.routingSpecificity() > AreaKind.STREET.routingSpecificity());
        assertTrue(AreaKind.STREET.routingSpecificity() > AreaKind.DISTRICT.routingSpecificity());
        assertTrue(AreaKind.DISTRICT.routingSpecificity() > AreaKind.CITY.routingSpecificity());
        assertEquals(AreaKind.GRID.routingSpecificity(), AreaKind.ZONE.routingSpecificity());
        assertFalse(AreaKind.CITY.isUnit());
        assertFalse(AreaKind.ZONE.isUnit());
        assertTrue(AreaKind.GRID.isUnit());
    }
}
