package io.suishoupai.status.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.view.CaseSummary;
import io.suishoupai.shared.view.Page;
import io.suishoupai.shared.view.ReferenceNames;
import io.suishoupai.shared.view.RowJson;
import io.suishoupai.status.dto.MyCasesQuery;
import io.suishoupai.status.dto.SearchQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * search-cases and my-cases. Filters combine with AND into one parameterised SQL statement (user text is always a
 * bound parameter, its LIKE wildcards escaped); results come newest first with the id as tie-breaker, so pages are
 * stable. Search answers public summaries (rounded location) to everyone.
 */
@ApplicationScoped
public class CaseSearchService {

    static final int MAX_SIZE = 100;

    /**
     * A public search counts its matches up to this many and pages through no further: counting, or skipping to,
     * the millionth match of a broad filter is a scan a caller could repeat at will. Narrower filters find the rest.
     */
    static final int MAX_WINDOW = 10_000;
    static final double DEFAULT_RADIUS = 500;

    @Inject
    Pool pool;

    @Inject
    RowJson rows;

    @Inject
    ReferenceNames names;

    @Inject
    SuishoupaiConfig config;

    public Uni<Page<CaseSummary>> search(SearchQuery query) {
        InputCheck check = InputCheck.of(query);
        QueryParams params = new QueryParams(check);
        int page = params.page(query);
        int size = params.size(query, MAX_SIZE);
        Double lat = params.number(query.getLat(), "lat", -90, 90);
        Double lon = params.number(query.getLon(), "lon", -180, 180);
        Double radius = params.number(query.getRadius(), "radius", 1, 50_000);
        Instant from = params.instant(query.getFrom(), "from", config.zone(), false);
        Instant to = params.instant(query.getTo(), "to", config.zone(), true);
        check.require((lat == null) == (lon == null), "lat", "lat and lon go together")
                .optionalText(query.getQ(), "q", 200).optionalText(query.getPlace(), "place", 200)
                .optionalText(query.getCategory(), "category", 100).optionalText(query.getDepartment(), "department", 32)
                .optionalText(query.getCaseNumber(), "caseNumber", 40)
                .optionalText(query.getDistrict(), "district", 32).optionalText(query.getStreet(), "street", 32)
                .optionalText(query.getCommunity(), "community", 32).optionalText(query.getGrid(), "grid", 32);
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem");
        List<CaseState> states = states(query.getState(), check);
        check.require((long) page * size + size <= MAX_WINDOW, "page", "a search pages through its first "
                + MAX_WINDOW + " matches; narrow it (a period, a place, a category) to reach others");
        check.orThrow();
        CoordSystem system = CoordSystem.orDefault(query.getCoordSystem());

        Sql sql = new Sql();
        sql.where("NOT c.hidden AND NOT c.is_private"); // a public search: moderated and private cases are not in it
        if (!QueryParams.blank(query.getQ())) {
            sql.where("c.description ILIKE ? ESCAPE '\\'", contains(query.getQ()));
        }
        if (!QueryParams.blank(query.getPlace())) {
            sql.where("c.address ILIKE ? ESCAPE '\\'", contains(query.getPlace()));
        }
        if (!QueryParams.blank(query.getCaseNumber())) {
            sql.where("c.case_number LIKE ? ESCAPE '\\'", escape(query.getCaseNumber().strip().toUpperCase(Locale.ROOT)) + "%");
        }
        if (!states.isEmpty()) {
            sql.where("c.state IN (" + String.join(", ", states.stream().map(s -> "?").toList()) + ")",
                    states.stream().map(Enum::name).toArray());
        }
        if (from != null) {
            sql.where("c.created_at >= ?", from);
        }
        if (to != null) {
            sql.where("c.created_at < ?", to);
        }
        if (!QueryParams.blank(query.getDepartment())) {
            sql.where("c.department_code = ?", query.getDepartment().strip());
        }
        unit(sql, "c.district_code", query.getDistrict());
        unit(sql, "c.street_code", query.getStreet());
        unit(sql, "c.community_code", query.getCommunity());
        unit(sql, "c.grid_code", query.getGrid());
        if (lat != null) {
            near(sql, system.toWgs84(new GeoPoint(lat, lon)), radius == null ? DEFAULT_RADIUS : radius);
        }
        int offset = page * size;
        return names.load().chain(refs -> {
            if (!QueryParams.blank(query.getCategory())) {
                // the categories named, from the cached list: a list of codes keeps the case indexes usable, where
                // an OR with a sub-select on names made PostgreSQL read every case of the period
                List<String> codes = categoriesNamed(query.getCategory().strip(), refs.categories().values());
                sql.where(codes.isEmpty() ? "FALSE" : "c.category_code IN ("
                        + String.join(", ", codes.stream().map(k -> "?").toList()) + ")", codes.toArray());
            }
            return read(sql, size, offset, true).map(found -> new Page<>(found.summaries(refs, false, system), page,
                    size, Math.min(found.total(), MAX_WINDOW), found.total() > MAX_WINDOW));
        });
    }

    /**
     * A list's answer in <b>one statement</b> on the pool: the page, its cases' area names, and how many match —
     * {@code capped}: counted up to the window and one more ("more than 10 000" costs no more than 10 001 rows).
     * It used to be three statements in a Hibernate session.
     */
    static String statement(String where, int size, int offset, boolean capped) {
        return "SELECT json_build_object("
                + "'total', (SELECT count(*) FROM (SELECT 1 FROM city_case c" + where
                + (capped ? " LIMIT " + (MAX_WINDOW + 1) : "") + ") m), "
                + "'items', coalesce((SELECT json_agg(json_build_object('case', row_to_json(c), 'areas', "
                + "coalesce((SELECT json_object_agg(a.code, a.name) FROM area a WHERE a.code IN (c.district_code, "
                + "c.street_code, c.community_code, c.grid_code)), '{}')) ORDER BY c.created_at DESC, c.id DESC) "
                + "FROM (SELECT c.* FROM city_case c" + where + " ORDER BY c.created_at DESC, c.id DESC LIMIT " + size
                + " OFFSET " + offset + ") c), '[]'))::text";
    }

    public Uni<Page<CaseSummary>> mine(Caller caller, MyCasesQuery query) {
        InputCheck check = InputCheck.of(query);
        QueryParams params = new QueryParams(check);
        int page = params.page(query);
        int size = params.size(query, MAX_SIZE);
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem").orThrow();
        CoordSystem system = CoordSystem.orDefault(query.getCoordSystem());
        Sql sql = new Sql();
        sql.where("c.reporter_id = ?", caller.id());
        return names.load().chain(refs -> read(sql, size, page * size, false).map(found -> new Page<>(
                found.summaries(refs, true, system), page, size, found.total())));
    }

    /** A page of cases read with their area names, and how many match (counted up to the window and one more). */
    private record Found(List<CityCase> cases, List<Map<String, String>> areas, long total) {

        List<CaseSummary> summaries(ReferenceNames.Names refs, boolean exactLocation, CoordSystem system) {
            List<CaseSummary> summaries = new ArrayList<>(cases.size());
            for (int i = 0; i < cases.size(); i++) {
                summaries.add(CaseSummary.of(cases.get(i), refs.categories(), refs.departments(), exactLocation,
                        system, areas.get(i)));
            }
            return summaries;
        }
    }

    /**
     * The statement's answer as it writes it, read in one pass onto the cases ({@link RowJson}; a JSON tree converted
     * node by node cost as much CPU as the rest of a search).
     */
    @RegisterForReflection
    record Answer(@JsonProperty("total") long total, @JsonProperty("items") List<Item> items) {
    }

    @RegisterForReflection
    record Item(@JsonProperty("case") CityCase found, @JsonProperty("areas") Map<String, String> areas) {
    }

    private Uni<Found> read(Sql sql, int size, int offset, boolean capped) {
        return pool.preparedQuery(statement(sql.whereClause(), size, offset, capped)).execute(sql.tuple())
                .map(result -> {
                    Answer answer = rows.read(result.iterator().next().getString(0), Answer.class);
                    List<CityCase> cases = new ArrayList<>();
                    List<Map<String, String>> areas = new ArrayList<>();
                    for (Item item : answer.items()) {
                        cases.add(item.found());
                        areas.add(item.areas() == null ? Map.of() : item.areas());
                    }
                    return new Found(cases, areas, answer.total());
                });
    }

    /**
     * Cases whose public (rounded) location lies within the radius. Measuring from the rounded point, not the exact
     * one, is what keeps a run of anonymous searches with small radii from locating a case more finely than its
     * public view shows. The bounding box on the exact columns (indexed) is widened by the rounding's half-step.
     */
    private static void near(Sql sql, GeoPoint p, double radius) {
        double slack = GeoPoint.PUBLIC_HALF_STEP_DEGREES;
        double dLat = GeoPoint.latDegrees(radius) + slack;
        double dLon = p.lonDegrees(radius) + slack;
        sql.where("c.lat BETWEEN ? AND ? AND c.lon BETWEEN ? AND ?", p.lat() - dLat, p.lat() + dLat, p.lon() - dLon,
                p.lon() + dLon);
        String lat = "round(c.lat::numeric, 3)::float8";
        String lon = "round(c.lon::numeric, 3)::float8";
        sql.where(GeoPoint.distanceSql(lat, lon) + " <= ?", p.lat(), p.lat(), p.lon(), radius);
    }

    /** The categories whose code is {@code text}, or whose Chinese or English name contains it (any case). */
    static List<String> categoriesNamed(String text, java.util.Collection<io.suishoupai.shared.category.Category> all) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return all.stream().filter(k -> k.code.equals(text) || contains(k.name, wanted) || contains(k.nameEn, wanted))
                .map(k -> k.code).sorted().toList();
    }

    private static boolean contains(String name, String lowerCaseText) {
        return name != null && name.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    private static void unit(Sql sql, String column, String code) {
        if (!QueryParams.blank(code)) {
            sql.where(column + " = ?", code.strip());
        }
    }

    private static List<CaseState> states(String value, InputCheck check) {
        List<CaseState> states = new ArrayList<>();
        if (QueryParams.blank(value)) {
            return states;
        }
        for (String s : value.split(",")) {
            try {
                states.add(CaseState.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                check.require(false, "state", "unknown state " + s.strip() + "; one of "
                        + java.util.Arrays.toString(CaseState.values()));
            }
        }
        return states;
    }

    static String contains(String text) {
        return "%" + escape(text.strip()) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A WHERE clause built from conditions with positional parameters ($1 …), bound in order. */
    static final class Sql {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        void where(String condition, Object... params) {
            StringBuilder numbered = new StringBuilder();
            int next = values.size();
            for (char ch : condition.toCharArray()) {
                if (ch == '?') {
                    numbered.append('$').append(++next);
                } else {
                    numbered.append(ch);
                }
            }
            conditions.add(numbered.toString());
            values.addAll(List.of(params));
        }

        String whereClause() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** The values in order; an instant as a UTC offset date-time, the pool's type for timestamptz. */
        Tuple tuple() {
            Tuple tuple = Tuple.tuple();
            for (Object value : values) {
                tuple.addValue(value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : value);
            }
            return tuple;
        }
    }
}
