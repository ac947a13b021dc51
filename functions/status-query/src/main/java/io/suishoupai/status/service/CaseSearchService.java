package io.suishoupai.status.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
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
import io.suishoupai.shared.runtime.ConcurrencyGate;
import io.suishoupai.shared.runtime.PoolRows;
import io.suishoupai.shared.runtime.StatementTimeout;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.view.CaseSummary;
import io.suishoupai.shared.view.Page;
import io.suishoupai.shared.view.ReferenceNames;
import io.suishoupai.shared.runtime.RowJson;
import io.suishoupai.status.dto.MyCasesQuery;
import io.suishoupai.status.dto.SearchQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * search-cases and my-cases. Filters combine with AND into one parameterised SQL statement (user text is always a
 * bound parameter, its LIKE wildcards escaped); results come newest first with the id as tie-breaker, so pages are
 * stable. Search answers public summaries (rounded location) to everyone. A search by text is bounded like case-stats
 * (a gate of searches at once, a statement timeout): no index narrows a text of under three characters.
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

    ConcurrencyGate textSearches;

    @PostConstruct
    void init() {
        textSearches = new ConcurrencyGate(config.search().textMaxConcurrent(), "text searches");
    }

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
            String statement = lat != null ? aroundStatement(sql.whereClause(), sql.walkWhereClause(), size, offset)
                    : statement(sql.whereClause(), size, offset, true);
            boolean byText = !QueryParams.blank(query.getQ()) || !QueryParams.blank(query.getPlace());
            return (byText ? readBounded(statement, sql) : read(statement, sql)).map(found -> new Page<>(
                    found.summaries(refs, false, system), page,
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
                + "'items', coalesce(" + items(newest(where, size, offset)) + ", '[]'))::text";
    }

    /**
     * A search around a point, in one statement too, with the page chosen by how many matches there are. The pool's
     * statements are prepared, so PostgreSQL may plan one for every point and radius (a generic plan), and no such
     * plan knows how dense the circle is: it walked the city's newest cases until 20 fell inside it (36 000 rows for
     * 2 km of a large city, 16 times more for the default 500 m), and with the box on the R-tree it would sort a
     * whole city's cases for a 50 km circle (33 s at ten million). Here the matches are collected from the box's
     * indexes ({@code where}), at most the window and one more, as the count needs them anyway. When that is all of
     * them the page is the newest of those; only when there are more does it walk the newest cases, with the box left
     * out ({@code walkWhere}: the distance alone, which no index holds), so that the walk is the only plan and meets
     * a match at least every 1 000 rows of ten million.
     */
    static String aroundStatement(String where, String walkWhere, int size, int offset) {
        String ofMatches = "SELECT c.* FROM (SELECT id, created_at FROM m ORDER BY created_at DESC, id DESC LIMIT " + size
                + " OFFSET " + offset + ") p JOIN city_case c ON c.id = p.id";
        return "WITH m AS MATERIALIZED (SELECT c.id, c.created_at FROM city_case c" + where + " LIMIT "
                + (MAX_WINDOW + 1) + ") "
                + "SELECT json_build_object('total', t.n, 'items', coalesce(CASE WHEN t.n <= " + MAX_WINDOW + " THEN "
                + items(ofMatches) + " ELSE " + items(newest(walkWhere, size, offset)) + " END, '[]'))::text "
                + "FROM (SELECT count(*) AS n FROM m) t";
    }

    private static String newest(String where, int size, int offset) {
        return "SELECT c.* FROM city_case c" + where + " ORDER BY c.created_at DESC, c.id DESC LIMIT " + size
                + " OFFSET " + offset;
    }

    /** The page's cases, newest first, each with its area names, as one JSON array (null when there are none). */
    private static String items(String page) {
        return "(SELECT json_agg(json_build_object('case', row_to_json(c), 'areas', "
                + "coalesce((SELECT json_object_agg(a.code, a.name) FROM area a WHERE a.code IN (c.district_code, "
                + "c.street_code, c.community_code, c.grid_code)), '{}')) ORDER BY c.created_at DESC, c.id DESC) "
                + "FROM (" + page + ") c)";
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
        return names.load().chain(refs -> read(statement(sql.whereClause(), size, page * size, false), sql)
                .map(found -> new Page<>(
                found.summaries(refs, true, system), page, size, found.total())));
    }

    /**
     * A component's cases, all of them (staff read this list: hidden and private cases too), newest first, with their
     * area names and how many there are: one statement, as a search's.
     */
    Uni<Found> ofComponent(String componentId, int page, int size) {
        Sql sql = new Sql();
        sql.where("c.component_id = ?", componentId);
        return read(statement(sql.whereClause(), size, page * size, false), sql);
    }

    /** A page of cases read with their area names, and how many match (counted up to the window and one more). */
    record Found(List<CityCase> cases, List<Map<String, String>> areas, long total) {

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

    private Uni<Found> read(String statement, Sql sql) {
        return pool.preparedQuery(statement).execute(sql.tuple()).map(this::found);
    }

    /**
     * The statement within this process's bounds for searches whose cost no index bounds: refused 503 BUSY beyond
     * the searches allowed at once, cancelled by PostgreSQL (503) past the timeout. The timeout is the transaction's
     * own ({@code set_config(…, true)}), so the pooled connection keeps its default.
     */
    private Uni<Found> readBounded(String statement, Sql sql) {
        return Uni.createFrom().item(textSearches::enterOrRefuse).chain(pass -> pool.withTransaction(connection ->
                StatementTimeout.forThisTransaction(connection, config.search().textStatementTimeout())
                        .chain(() -> connection.preparedQuery(statement).execute(sql.tuple())))
                .onTermination().invoke(pass::close))
                .map(this::found);
    }

    private Found found(RowSet<Row> result) {
        Answer answer = rows.read(result.iterator().next().getString(0), Answer.class);
        List<CityCase> cases = new ArrayList<>();
        List<Map<String, String>> areas = new ArrayList<>();
        for (Item item : answer.items()) {
            cases.add(item.found());
            areas.add(item.areas() == null ? Map.of() : item.areas());
        }
        return new Found(cases, areas, answer.total());
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
        // the box (for the indexes only: the distance below implies it) twice: on the columns, which a category's
        // index (category, lat, lon) holds, and as the R-tree of public cases is built (point(lon, lat), V26), from
        // which the matches and their order are read with no table block
        sql.indexOnly("c.lat BETWEEN ?1 AND ?2 AND c.lon BETWEEN ?3 AND ?4 "
                + "AND point(c.lon, c.lat) <@ box(point(?3, ?1), point(?4, ?2))", p.lat() - dLat, p.lat() + dLat,
                p.lon() - dLon, p.lon() + dLon);
        String lat = GeoPoint.roundedForPublicSql("c.lat");
        String lon = GeoPoint.roundedForPublicSql("c.lon");
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

    /**
     * A WHERE clause built from conditions with positional parameters, bound in order: each {@code ?} is the next
     * parameter; {@code ?n} is the condition's own n-th (for a condition that uses one value twice).
     */
    static final class Sql {
        private final List<String> conditions = new ArrayList<>();
        private final List<String> walkConditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        void where(String condition, Object... params) {
            String numbered = number(condition, params);
            conditions.add(numbered);
            walkConditions.add(numbered);
        }

        /** A condition that only narrows what an index reads: implied by the others, left out of a walk. */
        void indexOnly(String condition, Object... params) {
            conditions.add(number(condition, params));
        }

        private String number(String condition, Object[] params) {
            StringBuilder numbered = new StringBuilder();
            int first = values.size();
            int next = first;
            for (int i = 0; i < condition.length(); i++) {
                char ch = condition.charAt(i);
                if (ch == '?' && i + 1 < condition.length() && Character.isDigit(condition.charAt(i + 1))) {
                    numbered.append('$').append(first + Character.digit(condition.charAt(++i), 10));
                } else if (ch == '?') {
                    numbered.append('$').append(++next);
                } else {
                    numbered.append(ch);
                }
            }
            values.addAll(List.of(params));
            return numbered.toString();
        }

        String whereClause() {
            return clause(conditions);
        }

        /** The clause without the index-only conditions. */
        String walkWhereClause() {
            return clause(walkConditions);
        }

        private static String clause(List<String> conditions) {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** The values in order, as the pool binds them. */
        Tuple tuple() {
            return PoolRows.tuple(values.toArray());
        }
    }
}
