package io.suishoupai.shared.routing;

import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.GeoPoint;
import io.smallrye.mutiny.Uni;

/**
 * The area the city serves: its boundary polygon once one is saved (an active area of kind CITY; several are one
 * city, e.g. a county enclave), else the configured box. A report outside is 422 OUT_OF_SERVICE_AREA.
 */
@ApplicationScoped
public class ServiceArea {

    /** With the kind as a literal, so PostgreSQL plans it on the partial index of V11 (area_active_city_idx). */
    public static final String ANY_BOUNDARY = "SELECT count(*) FROM area WHERE active AND kind = 'CITY'";

    @Inject
    SuishoupaiConfig config;

    @Inject
    AreaLocator locator;

    /** The configured box alone (no database): a cheap first refusal before any work. */
    public boolean boxContains(GeoPoint p) {
        var area = config.serviceArea();
        return p.lat() >= area.minLat() && p.lat() <= area.maxLat() && p.lon() >= area.minLon()
                && p.lon() <= area.maxLon();
    }

    /** The latitude across the middle of the configured box: where the city's distances are measured. */
    public double centreLatitude() {
        var area = config.serviceArea();
        return (area.minLat() + area.maxLat()) / 2;
    }

    /**
     * Must run inside a unit of work on the pool. The configured box when the city has saved no boundary, else the
     * boundary; {@code boundaries} is ANY_BOUNDARY's count, read by the caller with what else it reads (intake's one
     * read).
     */
    public Uni<Void> requireInside(GeoPoint p, long boundaries) {
        if (boundaries == 0) {
            if (!boxContains(p)) {
                var area = config.serviceArea();
                throw outside(p, "the area this city serves (lat " + area.minLat() + "–" + area.maxLat() + ", lon "
                        + area.minLon() + "–" + area.maxLon() + ")");
            }
            return Uni.createFrom().voidItem();
        }
        return locator.covering(p, EnumSet.of(AreaKind.CITY)).invoke(covering -> {
            if (covering.isEmpty()) {
                throw outside(p, "the city boundary");
            }
        }).replaceWithVoid();
    }

    private static RuntimeException outside(GeoPoint p, String what) {
        return Problems.unprocessable(ErrorCode.OUT_OF_SERVICE_AREA,
                "The location (" + p.lat() + ", " + p.lon() + ") is outside " + what + ".");
    }
}
