package io.suishoupai.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentEntities;

import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.routing.AreaLocator;
import io.suishoupai.shared.routing.RouteFinder;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.triage.dto.RoutePreviewQuery;
import io.suishoupai.triage.dto.RouteSuggestion;

/**
 * "Which department would get a report here?": the routing a report of a category at a point would get, placed
 * in the unit grid as intake places it, without making a case — how an admin tests rules and areas on the map.
 */
@ApplicationScoped
public class RoutePreviewService {

    @Inject
    Reactive reactive;

    @Inject
    AreaLocator locator;

    @Inject
    RouteFinder routes;

    @Inject
    CurrentEntities entities;

    public Uni<RouteSuggestion> preview(RoutePreviewQuery query) {
        InputCheck check = InputCheck.of(query);
        check.require(query.getCategoryCode() != null && !query.getCategoryCode().isBlank(), "categoryCode",
                "is required");
        Double lat = check.number(query.getLat(), "lat", -90, 90);
        Double lon = check.number(query.getLon(), "lon", -180, 180);
        check.require(query.getLat() != null && !query.getLat().isBlank(), "lat", "is required")
                .require(query.getLon() != null && !query.getLon().isBlank(), "lon", "is required");
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem").orThrow();
        GeoPoint point = CoordSystem.orDefault(query.getCoordSystem()).toWgs84(new GeoPoint(lat, lon));
        return reactive.poolSession(() -> entities.find(Category.class, query.getCategoryCode().strip())
                .chain(category -> {
                    if (category == null) {
                        throw Problems.unprocessable(ErrorCode.UNKNOWN_CATEGORY,
                                "No category " + query.getCategoryCode().strip() + ".");
                    }
                    return locator.place(point).chain(placement -> routes.find(category,
                            new RouteFinder.Subject(point, placement, null)));
                }))
                .map(RouteSuggestion::of);
    }
}
