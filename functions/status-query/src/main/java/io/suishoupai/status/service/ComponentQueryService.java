package io.suishoupai.status.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.component.Component;
import io.suishoupai.shared.component.ComponentRules;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.view.Audience;
import io.suishoupai.shared.view.CaseSummary;
import io.suishoupai.shared.view.CaseView.Location;
import io.suishoupai.shared.view.ComponentView;
import io.suishoupai.shared.view.Page;
import io.suishoupai.shared.view.ReferenceNames;
import io.suishoupai.shared.runtime.RowJson;
import io.suishoupai.status.dto.ComponentCasesQuery;
import io.suishoupai.status.dto.ComponentHistory;
import io.suishoupai.status.dto.NearbyComponent;
import io.suishoupai.status.dto.NearbyQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads of the component register: the components near a point (public: what a client offers a reporter), and one
 * component's cases (staff). The nearby search is bounded by its radius (≤ 200 m) and answers the nearest 20.
 */
@ApplicationScoped
public class ComponentQueryService {

    static final double DEFAULT_RADIUS = 30;
    static final double MAX_RADIUS = 200;
    static final int MAX_NEARBY = 20;

    private static final String BY_ID = "SELECT row_to_json(c)::text FROM component c WHERE c.id = $1";

    @Inject
    Pool pool;

    @Inject
    RowJson rowJson;

    @Inject
    CaseSearchService cases;

    @Inject
    ReferenceNames names;

    public Uni<List<NearbyComponent>> nearby(NearbyQuery query) {
        InputCheck check = InputCheck.of(query);
        QueryParams params = new QueryParams(check);
        Double lat = params.number(query.getLat(), "lat", -90, 90);
        Double lon = params.number(query.getLon(), "lon", -180, 180);
        Double radius = params.number(query.getRadius(), "radius", 1, MAX_RADIUS);
        check.require(lat != null && lon != null, "lat", "lat and lon are required")
                .optionalText(query.getCategoryCode(), "categoryCode", 16);
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem").orThrow();
        CoordSystem system = CoordSystem.orDefault(query.getCoordSystem());
        GeoPoint p = system.toWgs84(new GeoPoint(lat, lon));
        double r = radius == null ? DEFAULT_RADIUS : radius;
        String category = QueryParams.blank(query.getCategoryCode()) ? null : query.getCategoryCode().strip();
        String prefix = category == null ? "" : ComponentRules.groupPrefix(category).orElse(null);
        if (prefix == null) {
            return Uni.createFrom().item(List.of()); // an event category: no component fits
        }
        return Component.nearest(pool, p, r, prefix, MAX_NEARBY)
                .map(found -> found.stream().map(c -> {
                    GeoPoint at = system.fromWgs84(c.at());
                    return new NearbyComponent(c.id(), c.name(), c.categoryCode(), c.state().name(),
                            new Location(round(at.lat(), 1e4), round(at.lon(), 1e4), system.name()),
                            Math.round(c.distanceMeters() / 5) * 5.0);
                }).toList());
    }

    /**
     * The component and its cases. Each case as its audience would see it: exact (with its grid) for the command
     * centre and for a handler's own department's cases, rounded like the public's for the rest.
     */
    public Uni<ComponentHistory> history(Caller caller, ComponentCasesQuery query) {
        InputCheck check = InputCheck.of(query).text(query.getId(), "id", 1, 32);
        QueryParams params = new QueryParams(check);
        int page = params.page(query);
        int size = params.size(query, CaseSearchService.MAX_SIZE);
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem").orThrow();
        CoordSystem system = CoordSystem.orDefault(query.getCoordSystem());
        String id = query.getId().strip();
        return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                throw Problems.notFound(ErrorCode.COMPONENT_NOT_FOUND, "There is no component " + id + ".");
            }
            return rowJson.read(rows.iterator().next().getString(0), Component.class);
        }).chain(component -> names.load().chain(refs -> cases.ofComponent(id, page, size).map(found -> {
            List<CaseSummary> summaries = new ArrayList<>(found.cases().size());
            for (int i = 0; i < found.cases().size(); i++) {
                CityCase c = found.cases().get(i);
                summaries.add(CaseSummary.of(c, refs.categories(), refs.departments(),
                        Audience.of(caller, c) == Audience.STAFF, system, found.areas().get(i)));
            }
            return new ComponentHistory(ComponentView.of(component, system),
                    new Page<>(summaries, page, size, found.total()));
        })));
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
