package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * case-heatmap counts the period's cases per grid cell in PostgreSQL: the answer grows with the cells, never with the
 * cases, and is cut at 3000 cells; a cell is never finer than a public view's rounding.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class CaseHeatmapTest {

    static final GeoPoint MARKET = new GeoPoint(29.8421, 114.3225);
    static final GeoPoint SCHOOL = new GeoPoint(29.8512, 114.3301);

    /** March 2019: five reports at the market, two at the school; one on 1 April (outside). April 2018: 3001 places. */
    @BeforeAll
    static void generate() {
        if (TestInfra.count("select count(*) from city_case where case_number like 'HM-%'") > 0) {
            return;
        }
        insert("'HM-20190301-' || lpad(g::text, 6, '0')", "case when g <= 5 then " + MARKET.lat() + " else "
                + SCHOOL.lat() + " end", "case when g <= 5 then " + MARKET.lon() + " else " + SCHOOL.lon() + " end",
                "case when g <= 7 then timestamptz '2019-03-10T02:00:00Z' else timestamptz '2019-04-01T02:00:00Z' end",
                8);
        // 3001 places 0.01° apart (about 1 km): 3001 cells at any size up to 1 km
        insert("'HM-20180401-' || lpad(g::text, 6, '0')", "29.0 + (g / 60) * 0.01", "113.5 + (g % 60) * 0.01",
                "timestamptz '2018-04-10T02:00:00Z'", 3001);
    }

    static void insert(String number, String lat, String lon, String createdAt, int count) {
        TestInfra.execute("insert into city_case (case_number, state, category_code, description, lat, lon, reporter_id, "
                + "source, created_at, updated_at) select " + number + ", 'SUBMITTED', '01-04-02', '热力图', " + lat + ", "
                + lon + ", 'citizen-heat', 'CITIZEN', " + createdAt + ", " + createdAt
                + " from generate_series(1, " + count + ") g");
    }

    static JsonPath heatmap(String from, String to, String cellMeters, String coordSystem) {
        var request = given().queryParam("from", from).queryParam("to", to);
        if (cellMeters != null) {
            request.queryParam("cellMeters", cellMeters);
        }
        if (coordSystem != null) {
            request.queryParam("coordSystem", coordSystem);
        }
        // doubles, not JsonPath's default floats: a centre is compared to 1e-6°
        return request.get("/case-heatmap").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Test
    void theBusiestCellComesFirstAtItsCentre() {
        JsonPath map = heatmap("2019-03-01", "2019-03-31", null, null);
        assertEquals(200, map.getInt("cellMeters"));
        assertEquals("WGS84", map.getString("coordSystem"));
        assertEquals(7, map.getLong("cases"), "the April report is outside the period");
        assertFalse(map.getBoolean("truncated"));
        List<Map<String, Number>> cells = map.getList("cells");
        assertEquals(2, cells.size());
        assertEquals(5, cells.get(0).get("count").intValue());
        assertEquals(2, cells.get(1).get("count").intValue());
        // a point is at most half a cell from its cell's centre on each axis
        assertTrue(MARKET.distanceMeters(point(cells.get(0))) <= Math.hypot(100, 100) + 1);
        assertTrue(SCHOOL.distanceMeters(point(cells.get(1))) <= Math.hypot(100, 100) + 1);
    }

    @Test
    void cellsComeInTheSystemAskedFor() {
        GeoPoint wgs = point(heatmap("2019-03-01", "2019-03-31", "100", null).getList("cells", Map.class).get(0));
        JsonPath gcj = heatmap("2019-03-01", "2019-03-31", "100", "GCJ02");
        assertEquals("GCJ02", gcj.getString("coordSystem"));
        GeoPoint shifted = point(gcj.getList("cells", Map.class).get(0));
        GeoPoint expected = CoordSystem.GCJ02.fromWgs84(wgs);
        assertEquals(expected.lat(), shifted.lat(), 1e-6);
        assertEquals(expected.lon(), shifted.lon(), 1e-6);
        assertTrue(wgs.distanceMeters(shifted) > 300, "GCJ-02 is hundreds of metres off in Hubei");
    }

    @Test
    void theAnswerStopsAt3000CellsAndSaysSo() {
        JsonPath map = heatmap("2018-04-01", "2018-04-30", "500", null);
        assertEquals(3000, map.getList("cells").size());
        assertTrue(map.getBoolean("truncated"));
        assertEquals(3000, map.getLong("cases"));
        JsonPath coarse = heatmap("2018-04-01", "2018-04-30", "5000", null);
        assertFalse(coarse.getBoolean("truncated"), "5 km cells gather the places");
        assertEquals(3001, coarse.getLong("cases"));
    }

    @Test
    void badInputIsAProblemNotAQuery() {
        given().queryParam("cellMeters", "99").get("/case-heatmap").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("cellMeters"));
        given().queryParam("cellMeters", "lots").get("/case-heatmap").then().statusCode(400)
                .body("errors[0].field", equalTo("cellMeters"));
        given().queryParam("coordSystem", "MERCATOR").get("/case-heatmap").then().statusCode(400)
                .body("errors[0].field", equalTo("coordSystem"));
        given().queryParam("from", "2019-03-02").queryParam("to", "2019-03-01").get("/case-heatmap").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("from", "2016-01-01").queryParam("to", "2019-01-01").get("/case-heatmap").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
    }

    static GeoPoint point(Map<?, ?> cell) {
        return new GeoPoint(((Number) cell.get("lat")).doubleValue(), ((Number) cell.get("lon")).doubleValue());
    }
}
