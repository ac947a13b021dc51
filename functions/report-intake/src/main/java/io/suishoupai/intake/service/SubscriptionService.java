package io.suishoupai.intake.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.intake.dto.MySubscriptionsQuery;
import io.suishoupai.intake.dto.SubscribeRequest;
import io.suishoupai.intake.dto.SubscriptionView;
import io.suishoupai.intake.dto.UnsubscribeRequest;
import io.suishoupai.shared.abuse.AbuseLimits;
import io.suishoupai.shared.abuse.RateLimiter;
import io.suishoupai.shared.caseflow.CaseNumber;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.routing.Area;
import io.suishoupai.shared.view.AreaNames;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.runtime.TransactionLock;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.subscription.NearCircle;
import io.suishoupai.shared.subscription.Subscription;
import io.suishoupai.shared.subscription.Subscription.Kind;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.CaseView.CodeName;
import io.suishoupai.shared.view.CaseView.Location;
import io.smallrye.mutiny.Uni;

/**
 * A citizen's subscriptions (issue #18): a case, an area (a district, street, community or grid: the levels every
 * case is placed in) or a circle. Subscribing twice to the same thing answers the subscription there is; the
 * citizen's count is checked under a per-citizen lock, so two calls at once cannot pass the limit together.
 */
@ApplicationScoped
public class SubscriptionService {

    @Inject
    Reactive reactive;

    @Inject
    AreaNames areaNames;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    public Uni<SubscriptionView> subscribe(Caller caller, SubscribeRequest request) {
        rateLimiter.check(caller.id(), AbuseLimits.SUBMIT_REPORT);
        InputCheck check = InputCheck.of(request);
        if (request != null) {
            int named = (request.caseNumber() != null ? 1 : 0) + (request.area() != null ? 1 : 0)
                    + (request.near() != null ? 1 : 0);
            check.require(named == 1, "caseNumber", "give exactly one of caseNumber, area or near");
            if (request.caseNumber() != null) {
                check.caseNumber(request.caseNumber(), "caseNumber");
            }
            if (request.area() != null) {
                check.text(request.area().code(), "area.code", 1, 64);
            }
            if (request.near() != null) {
                var near = request.near();
                check.finite(near.lat(), "near.lat", -90, 90).finite(near.lon(), "near.lon", -180, 180)
                        .require(NearCircle.validRadius(near.radius()), "near.radius",
                                "must be " + NearCircle.MIN_RADIUS_METERS + " to " + NearCircle.MAX_RADIUS_METERS
                                        + " metres");
                CoordSystem.check(check, near.coordSystem(), "near.coordSystem");
            }
        }
        check.orThrow();
        Instant now = clock.now();
        return reactive.transaction(() -> TransactionLock.hold("subscription", caller.id())
                .chain(() -> request.caseNumber() != null ? toCase(caller, CaseNumber.of(request.caseNumber()), now)
                        : request.area() != null ? toArea(caller, request.area().code().strip(), now)
                        : toCircle(caller, request.near(), now))
                .chain(s -> view(s, CoordSystem.orDefault(request.near() == null ? null
                        : request.near().coordSystem()))));
    }

    public Uni<SubscriptionView> unsubscribe(Caller caller, UnsubscribeRequest request) {
        InputCheck check = InputCheck.of(request);
        if (request != null) {
            int named = (request.id() != null ? 1 : 0) + (request.caseNumber() != null ? 1 : 0)
                    + (request.area() != null ? 1 : 0);
            check.require(named == 1, "id", "give exactly one of id, caseNumber or area");
            if (request.caseNumber() != null) {
                check.caseNumber(request.caseNumber(), "caseNumber");
            }
            if (request.area() != null) {
                check.text(request.area().code(), "area.code", 1, 64);
            }
        }
        check.orThrow();
        return reactive.transaction(() -> find(caller, request).chain(s -> {
            if (s == null) {
                throw Problems.notFound(ErrorCode.SUBSCRIPTION_NOT_FOUND, "You have no such subscription.");
            }
            return view(s, CoordSystem.WGS84).call(() -> s.delete());
        }));
    }

    public Uni<List<SubscriptionView>> mine(Caller caller, MySubscriptionsQuery query) {
        String system = query == null ? null : query.getCoordSystem();
        CoordSystem.check(InputCheck.of(query == null ? new MySubscriptionsQuery() : query), system, "coordSystem")
                .orThrow();
        CoordSystem coordSystem = CoordSystem.orDefault(system);
        return reactive.session(() -> Subscription.<Subscription>list("accountId = ?1 order by id desc", caller.id())
                .chain(subs -> areaNames.of(subs.stream().map(s -> s.areaCode).filter(c -> c != null).toList())
                        .chain(names -> caseNumbers(subs).map(numbers -> subs.stream()
                                .map(s -> view(s, s.caseId == null ? null : numbers.get(s.caseId), names, coordSystem))
                                .toList()))));
    }

    private Uni<Subscription> find(Caller caller, UnsubscribeRequest request) {
        if (request.id() != null) {
            return Subscription.find("id = ?1 and accountId = ?2", request.id(), caller.id()).firstResult();
        }
        if (request.area() != null) {
            return Subscription.find("kind = ?1 and areaCode = ?2 and accountId = ?3", Kind.AREA,
                    request.area().code().strip(), caller.id()).firstResult();
        }
        return CityCase.getByNumber(CaseNumber.of(request.caseNumber())).chain(c -> Subscription
                .find("kind = ?1 and caseId = ?2 and accountId = ?3", Kind.CASE, c.id, caller.id()).firstResult());
    }

    private Uni<Subscription> toCase(Caller caller, CaseNumber number, Instant now) {
        return CityCase.getByNumber(number).invoke(c -> {
            if (!c.publiclyVisible() && !caller.id().equals(c.reporterId)) { // hidden or private: as if not there
                throw Problems.notFound(ErrorCode.CASE_NOT_FOUND, "There is no case " + number + ".");
            }
        }).chain(c -> Subscription.<Subscription>find(
                "kind = ?1 and caseId = ?2 and accountId = ?3", Kind.CASE, c.id, caller.id()).firstResult()
                .chain(existing -> existing != null ? Uni.createFrom().item(existing)
                        : count(caller, List.of(Kind.CASE)).chain(held -> {
                            limit(held, config.subscriptions().maxCases(), "cases");
                            Subscription s = create(caller, Kind.CASE, now);
                            s.caseId = c.id;
                            return s.persist();
                        })));
    }

    private Uni<Subscription> toArea(Caller caller, String code, Instant now) {
        return Area.<Area>findById(code).chain(area -> {
            if (area == null || !area.active || !area.kind.isUnit()) {
                throw Problems.unprocessable(ErrorCode.UNKNOWN_AREA, "No district, street, community or grid has "
                        + "the code " + code + ".");
            }
            return Subscription.<Subscription>find("kind = ?1 and areaCode = ?2 and accountId = ?3", Kind.AREA, code,
                    caller.id()).firstResult().chain(existing -> existing != null ? Uni.createFrom().item(existing)
                            : count(caller, List.of(Kind.AREA, Kind.NEAR)).chain(held -> {
                                limit(held, config.subscriptions().maxPlaces(), "areas and circles");
                                Subscription s = create(caller, Kind.AREA, now);
                                s.areaCode = code;
                                return s.persist();
                            }));
        });
    }

    private Uni<Subscription> toCircle(Caller caller, SubscribeRequest.NearRef near, Instant now) {
        GeoPoint centre = CoordSystem.orDefault(near.coordSystem()).toWgs84(new GeoPoint(near.lat(), near.lon()));
        NearCircle circle = new NearCircle(centre, near.radius());
        return Subscription.<Subscription>find("kind = ?1 and accountId = ?2 and lat = ?3 and lon = ?4 "
                + "and radiusMeters = ?5", Kind.NEAR, caller.id(), centre.lat(), centre.lon(), near.radius())
                .firstResult().chain(existing -> existing != null ? Uni.createFrom().item(existing)
                        : count(caller, List.of(Kind.AREA, Kind.NEAR)).chain(held -> {
                            limit(held, config.subscriptions().maxPlaces(), "areas and circles");
                            Subscription s = create(caller, Kind.NEAR, now);
                            s.lat = centre.lat();
                            s.lon = centre.lon();
                            s.radiusMeters = near.radius();
                            s.minLat = circle.minLat();
                            s.maxLat = circle.maxLat();
                            s.minLon = circle.minLon();
                            s.maxLon = circle.maxLon();
                            return s.persist();
                        }));
    }

    private static Subscription create(Caller caller, Kind kind, Instant now) {
        Subscription s = new Subscription();
        s.accountId = caller.id();
        s.kind = kind;
        s.createdAt = now;
        return s;
    }

    private static Uni<Long> count(Caller caller, List<Kind> kinds) {
        return Subscription.count("accountId = ?1 and kind in ?2", caller.id(), kinds);
    }

    private static void limit(long held, int max, String what) {
        if (held >= max) {
            throw Problems.unprocessable(ErrorCode.TOO_MANY_SUBSCRIPTIONS, "You follow " + held + " " + what
                    + ", the most one person may; unsubscribe from one first.");
        }
    }

    private Uni<java.util.Map<Long, String>> caseNumbers(List<Subscription> subs) {
        List<Long> ids = subs.stream().map(s -> s.caseId).filter(id -> id != null).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT id, case_number FROM city_case WHERE id = ANY(?1)", Object[].class)
                .setParameter(1, ids.toArray(Long[]::new)).getResultList())
                .map(rows -> rows.stream().collect(java.util.stream.Collectors.toMap(
                        r -> ((Number) r[0]).longValue(), r -> (String) r[1])));
    }

    private Uni<SubscriptionView> view(Subscription s, CoordSystem system) {
        Uni<String> number = s.caseId == null ? Uni.createFrom().nullItem()
                : CityCase.<CityCase>findById(s.caseId).map(c -> c.caseNumber);
        Uni<java.util.Map<String, String>> names = s.areaCode == null ? Uni.createFrom().item(java.util.Map.of())
                : areaNames.of(List.of(s.areaCode));
        return number.chain(n -> names.map(m -> view(s, n, m, system)));
    }

    private static SubscriptionView view(Subscription s, String caseNumber, java.util.Map<String, String> areaNames,
            CoordSystem system) {
        return new SubscriptionView(s.id, s.kind.name(), caseNumber, CodeName.of(s.areaCode, areaNames),
                s.kind == Kind.NEAR ? new SubscriptionView.Near(Location.of(new GeoPoint(s.lat, s.lon), system),
                        s.radiusMeters) : null, s.createdAt);
    }
}
