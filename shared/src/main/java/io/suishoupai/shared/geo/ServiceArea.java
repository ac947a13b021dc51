package io.suishoupai.shared.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.Problems;

/** The area the city serves; a report outside it is 422 OUT_OF_SERVICE_AREA. */
@ApplicationScoped
public class ServiceArea {

    @Inject
    SuishoupaiConfig config;

    public boolean contains(GeoPoint p) {
        var area = config.serviceArea();
        return p.lat() >= area.minLat() && p.lat() <= area.maxLat() && p.lon() >= area.minLon()
                && p.lon() <= area.maxLon();
    }

    public void requireInside(GeoPoint p) {
        if (!contains(p)) {
            var area = config.serviceArea();
            throw Problems.unprocessable(ErrorCode.OUT_OF_SERVICE_AREA, "The location (" + p.lat() + ", " + p.lon()
                    + ") is outside the area this city serves (lat " + area.minLat() + "–" + area.maxLat() + ", lon "
                    + area.minLon() + "–" + area.maxLon() + ").");
        }
    }
}
