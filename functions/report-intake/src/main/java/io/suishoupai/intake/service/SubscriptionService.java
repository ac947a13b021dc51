package io.suishoupai.intake.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.intake.dto.MySubscriptionsQuery;
import io.suishoupai.intake.dto.SubscribeRequest;
import io.suishoupai.intake.dto.SubscriptionView;
import io.suishoupai.intake.dto.UnsubscribeRequest;
import io.suishoupai.shared.abuse.AbuseLimits;
import io.suishoupai.shared.abuse.RateLimiter;
import io.suishoupai.shared.caseflow.CaseNumber;
import io.suishoupai.shared.caseflow.CaseRows;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.routing.AreaKind;
import io.suishoupai.shared.view.AreaNames;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.runtime.RowJson;
import io.suishoupai.shared.runtime.SqlValues;
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
    CurrentSql sql;

    @Inject
    RowJson rows;

    @Inject
    CaseRows cases;

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
        return reactive.poolTransaction(() -> TransactionLock.hold("subscription", caller.id())
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
        return reactive.poolTransaction(() -> find(caller, request).chain(s -> {
            if (s == null) {
                throw Problems.notFound(ErrorCode.SUBSCRIPTION_NOT_FOUND, "You have no such subscription.");
            }
            return view(s, CoordSystem.WGS84).call(() -> sql.update("DELETE FROM subscription WHERE id = ?1", s.id));
        }));
    }

    public Uni<List<SubscriptionView>> mine(Caller caller, MySubscriptionsQuery query) {
        String system = query == null ? null : query.getCoordSystem();
        CoordSystem.check(InputCheck.of(query == null ? new MySubscriptionsQuery() : query), system, "coordSystem")
                .orThrow();
        CoordSystem coordSystem = CoordSystem.orDefault(system);
        return reactive.poolSession(() -> subscriptions("account_id = ?1", caller.id())
                .map(subs -> subs.stream().sorted(NEWEST_FIRST).toList())
                .chain(subs -> areaNames.of(subs.stream().map(s -> s.areaCode).filter(c -> c != null).toList())
                        .chain(names -> caseNumbers(subs).map(numbers -> subs.stream()
                                .map(s -> view(s, s.caseId == null ? null : numbers.get(s.caseId), names, coordSystem))
                                .toList()))));
    }

    private Uni<Subscription> find(Caller caller, UnsubscribeRequest request) {
        if (request.id() != null) {
            return first("id = ?1 AND account_id = ?2", request.id(), caller.id());
        }
        if (request.area() != null) {
            return first("kind = ?1 AND area_code = ?2 AND account_id = ?3", Kind.AREA.name(),
                    request.area().code().strip(), caller.id());
        }
        return cases.getByNumber(CaseNumber.of(request.caseNumber())).chain(c -> first(
                "kind = ?1 AND case_id = ?2 AND account_id = ?3", Kind.CASE.name(), c.id, caller.id()));
    }

    private Uni<Subscription> toCase(Caller caller, CaseNumber number, Instant now) {
        return cases.getByNumber(number).invoke(c -> {
            if (!c.publiclyVisible() && !caller.id().equals(c.reporterId)) { // hidden or private: as if not there
                throw Problems.notFound(ErrorCode.CASE_NOT_FOUND, "There is no case " + number + ".");
            }
        }).chain(c -> first("kind = ?1 AND case_id = ?2 AND account_id = ?3", Kind.CASE.name(), c.id, caller.id())
                .chain(existing -> existing != null ? Uni.createFrom().item(existing)
                        : count(caller, List.of(Kind.CASE)).chain(held -> {
                            limit(held, config.subscriptions().maxCases(), "cases");
                            Subscription s = create(caller, Kind.CASE, now);
                            s.caseId = c.id;
                            return insert(s);
                        })));
    }

    private Uni<Subscription> toArea(Caller caller, String code, Instant now) {
        return sql.first("SELECT active, kind FROM area WHERE code = ?1", code).chain(area -> {
            if (area == null || !Boolean.TRUE.equals(area[0]) || !AreaKind.valueOf((String) area[1]).isUnit()) {
                throw Problems.unprocessable(ErrorCode.UNKNOWN_AREA, "No district, street, community or grid has "
                        + "the code " + code + ".");
            }
            return first("kind = ?1 AND area_code = ?2 AND account_id = ?3", Kind.AREA.name(), code, caller.id())
                    .chain(existing -> existing != null ? Uni.createFrom().item(existing)
                            : count(caller, List.of(Kind.AREA, Kind.NEAR)).chain(held -> {
                                limit(held, config.subscriptions().maxPlaces(), "areas and circles");
                                Subscription s = create(caller, Kind.AREA, now);
                                s.areaCode = code;
                                return insert(s);
                            }));
        });
    }

    private Uni<Subscription> toCircle(Caller caller, SubscribeRequest.NearRef near, Instant now) {
        GeoPoint centre = CoordSystem.orDefault(near.coordSystem()).toWgs84(new GeoPoint(near.lat(), near.lon()));
        NearCircle circle = new NearCircle(centre, near.radius());
        return first("kind = ?1 AND account_id = ?2 AND lat = ?3 AND lon = ?4 AND radius_m = ?5", Kind.NEAR.name(),
                caller.id(), centre.lat(), centre.lon(), near.radius())
                .chain(existing -> existing != null ? Uni.createFrom().item(existing)
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
                            return insert(s);
                        }));
    }

    private static final java.util.Comparator<Subscription> NEWEST_FIRST = java.util.Comparator
            .comparing((Subscription s) -> s.id).reversed();

    /** The subscriptions that pass {@code where} (SQL over {@code subscription}'s columns, our own constants). */
    private Uni<List<Subscription>> subscriptions(String where, Object... values) {
        // radius_m is the one column whose name is not its field's snake_case (RowJson)
        return sql.rows("SELECT row_to_json(x)::text FROM (SELECT s.*, s.radius_m AS radius_meters FROM "
                + "subscription s WHERE " + where + ") x", values)
                .map(found -> found.stream().map(row -> rows.read((String) row[0], Subscription.class)).toList());
    }

    private Uni<Subscription> first(String where, Object... values) {
        return subscriptions(where, values).map(found -> found.isEmpty() ? null : found.get(0));
    }

    private Uni<Subscription> insert(Subscription s) {
        return sql.value("INSERT INTO subscription (account_id, kind, case_id, area_code, lat, lon, radius_m, "
                + "min_lat, min_lon, max_lat, max_lon, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                + "?11, ?12) RETURNING id", s.accountId, s.kind.name(), s.caseId, s.areaCode, s.lat, s.lon,
                s.radiusMeters, s.minLat, s.minLon, s.maxLat, s.maxLon, s.createdAt)
                .map(id -> {
                    s.id = ((Number) id).longValue();
                    return s;
                });
    }

    private static Subscription create(Caller caller, Kind kind, Instant now) {
        Subscription s = new Subscription();
        s.accountId = caller.id();
        s.kind = kind;
        s.createdAt = now;
        return s;
    }

    private Uni<Long> count(Caller caller, List<Kind> kinds) {
        return sql.value("SELECT count(*) FROM subscription WHERE account_id = ?1 AND kind " + SqlValues.inTexts("?2"),
                caller.id(), SqlValues.jsonArray(kinds.stream().map(Kind::name).toList()))
                .map(n -> ((Number) n).longValue());
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
        return sql.rows("SELECT id, case_number FROM city_case WHERE id = ANY(?1)", (Object) ids.toArray(Long[]::new))
                .map(rows -> rows.stream().collect(java.util.stream.Collectors.toMap(
                        r -> ((Number) r[0]).longValue(), r -> (String) r[1])));
    }

    private Uni<SubscriptionView> view(Subscription s, CoordSystem system) {
        Uni<String> number = s.caseId == null ? Uni.createFrom().nullItem()
                : sql.value("SELECT case_number FROM city_case WHERE id = ?1", s.caseId).map(n -> (String) n);
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
