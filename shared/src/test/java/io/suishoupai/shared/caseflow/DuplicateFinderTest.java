package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.geo.GeoPoint;

class DuplicateFinderTest {

    @Test
    void theDistanceShownIsToThePublicPointInTensOfMetres() {
        GeoPoint other = new GeoPoint(29.842137, 114.322519);
        GeoPoint rounded = other.roundedForPublic();
        // from the public point itself: 0, although the exact report is some 50 m away
        assertEquals(0.0, DuplicateFinder.publicDistance(rounded, other));
        // moving the reporter by 1 m anywhere near does not change what they are told
        GeoPoint from = new GeoPoint(29.8425, 114.3229);
        double shown = DuplicateFinder.publicDistance(from, other);
        assertEquals(0.0, shown % 10.0);
        assertEquals(shown, DuplicateFinder.publicDistance(new GeoPoint(29.842505, 114.3229), other));
    }
}
