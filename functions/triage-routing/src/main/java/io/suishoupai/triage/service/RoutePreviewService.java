package io.suishoupai.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
import io.suishoupai.shared.view.CaseView;
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

    public Uni<RouteSuggestion> preview(RoutePreviewQuery query) {
        InputCheck check = InputCheck.of(query);
        check.require(query.getCategoryCode() != null && !query.getCategoryCode().isBlank(), "categoryCode",
                "is required");
        Double lat = coordinate(check, query.getLat(), "lat", 90);
        Double lon = coordinate(check, query.getLon(), "lon", 180);
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem").orThrow();
        GeoPoint point = CoordSystem.orDefault(query.getCoordSystem()).toWgs84(new GeoPoint(lat, lon));
        return reactive.session(() -> Category.<Category>findById(query.getCategoryCode().strip())
                .chain(category -> {
                    if (category == null) {
                        throw Problems.unprocessable(ErrorCode.UNKNOWN_CATEGORY,
                                "No category " + query.getCategoryCode().strip() + ".");
                    }
                    return locator.place(point).chain(placement -> routes.find(category,
                            new RouteFinder.Subject(point, placement, null)));
                }))
                .map(route -> route.map(r -> new RouteSuggestion(
                        new CaseView.CodeName(r.department().code, r.department().name),
                        r.rule() == null ? null : new RouteSuggestion.Rule(r.rule().id, r.rule().description)))
                        .orElse(new RouteSuggestion(null, null)));
    }

    private static Double coordinate(InputCheck check, String value, String field, double limit) {
        try {
            double d = Double.parseDouble(value == null ? "" : value.strip());
            check.require(Double.isFinite(d) && Math.abs(d) <= limit, field, "must be a number from -" + limit
                    + " to " + limit);
            return Double.isFinite(d) ? d : 0.0;
        } catch (NumberFormatException e) {
            check.require(false, field, "is required: a number");
            return 0.0;
        }
    }
}
