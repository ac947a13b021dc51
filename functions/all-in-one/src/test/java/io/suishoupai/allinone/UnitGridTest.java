package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/**
 * The unit grid end to end: an import of nested areas with refused rows, a WeChat (GCJ-02) report placed in the
 * right grid and routed by that grid's rule, answered back in GCJ-02, found by grid, counted per grid; and the city
 * boundary replacing the service-area box. The test's areas lie around (29.60, 114.00), away from other tests'.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class UnitGridTest {

    static final String ADMIN = Tokens.of("admin-grid", null, "admin");
    static final String SCREENER = Tokens.of("screener-grid", null, "screener");

    @Inject
    UploadSigner signer;

    static String square(double lat, double lon, double side) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}".formatted(
                lon, lat, lon + side, lat, lon + side, lat + side, lon, lat + side, lon, lat);
    }

    static Map<String, Object> feature(String code, String name, String kind, String parent, String geometry) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of("code", code, "name", name, "kind", kind));
        if (parent != null) {
            properties.put("parentCode", parent);
        }
        return Map.of("type", "Feature", "properties", properties,
                "geometry", io.restassured.path.json.JsonPath.from(geometry).getMap(""));
    }

    String report(String reporter, String category, GeoPoint p, String coordSystem) {
        Map<String, Object> location = new java.util.HashMap<>(Map.of("lat", p.lat(), "lon", p.lon()));
        if (coordSystem != null) {
            location.put("coordSystem", coordSystem);
        }
        return Calls.submit(Tokens.citizen(reporter), Map.of("idempotencyKey", UUID.randomUUID().toString(),
                "categoryCode", category, "description", "占道堆放建材", "location", location,
                "media", Uploads.twoPhotos(signer, reporter))).then().statusCode(200).extract().path("caseNumber");
    }

    @Test
    void aWeChatReportLandsInItsGridRoutesByItAndIsAnsweredInGcj02() {
        String p = "T" + UUID.randomUUID().toString().substring(0, 6);
        List<Map<String, Object>> features = new ArrayList<>(List.of(
                feature(p + "-G1", "第1网格", "GRID", p + "-C", square(29.600, 114.000, 0.001)), // child before parent
                feature(p + "-D", "测试区", "DISTRICT", null, square(29.55, 113.95, 0.1)),
                feature(p + "-S", "测试街道", "STREET", p + "-D", square(29.58, 113.98, 0.04)),
                feature(p + "-C", "测试社区", "COMMUNITY", p + "-S", square(29.595, 113.995, 0.01)),
                feature(p + "-G2", "第2网格", "GRID", p + "-C", square(29.600, 114.001, 0.001)),
                // refused: a bad code, an unknown parent, a self-crossing ring, a street inside a grid, and the child
                // of a refused area
                feature("bad code", "坏编码", "GRID", null, square(29.6, 114.0, 0.001)),
                feature(p + "-X1", "无父", "GRID", p + "-NOPE", square(29.6, 114.0, 0.001)),
                feature(p + "-X2", "自交", "GRID", p + "-C", "{\"type\":\"Polygon\",\"coordinates\":[[[114,29.6],"
                        + "[114.001,29.601],[114.001,29.6],[114,29.601],[114,29.6]]]}"),
                feature(p + "-X3", "倒置", "STREET", p + "-G1", square(29.6, 114.0, 0.001)),
                feature(p + "-X4", "父被拒", "GRID", p + "-X3", square(29.6, 114.0, 0.0005))));
        Response imported = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("type", "FeatureCollection", "features", features)).post("/import-areas").andReturn();
        imported.then().statusCode(200).body("received", equalTo(10)).body("saved", equalTo(5));
        List<Integer> refusedAt = imported.path("refused.index");
        assertEquals(List.of(5, 6, 7, 8, 9), refusedAt, imported.asString());
        assertTrue(imported.<String>path("refused[1].reasons[0]").contains("parentCode"), imported.asString());
        assertTrue(imported.<String>path("refused[2].reasons[0]").contains("cross"), imported.asString());
        assertTrue(imported.<String>path("refused[3].reasons[0]").contains("cannot contain"), imported.asString());
        assertTrue(imported.<String>path("refused[4].reasons[0]").contains("was refused"), imported.asString());
        assertEquals(0, TestInfra.count("select count(*) from area where code like '" + p + "-X%'"));

        // a rule for the grid and one for its district: the grid's wins
        Calls.act(ADMIN, "save-routing-rule", Map.of("categoryCode", "02-05-03", "areaCode", p + "-D",
                "departmentCode", "GXQ", "priority", 100)).then().statusCode(200);
        Calls.act(ADMIN, "save-routing-rule", Map.of("categoryCode", "02-05-03", "areaCode", p + "-G2",
                "departmentCode", "XAQ")).then().statusCode(200);

        // the true point is in G2; WeChat sends it in GCJ-02, ~600 m away (in nobody's grid here)
        GeoPoint truth = new GeoPoint(29.6005, 114.0015);
        GeoPoint wechat = CoordSystem.GCJ02.fromWgs84(truth);
        String caseNumber = report("grid-" + p, "02-05-03", wechat, "GCJ02");
        GeoPoint stored = new GeoPoint(Double.parseDouble(TestInfra.string("select lat from city_case where case_number = '"
                + caseNumber + "'")), Double.parseDouble(TestInfra.string("select lon from city_case where case_number = '"
                + caseNumber + "'")));
        assertTrue(stored.distanceMeters(truth) < 1, "stored within a metre of the true point: " + stored);

        given().auth().oauth2(SCREENER).queryParam("caseNumber", caseNumber).get("/get-case").then().statusCode(200)
                .body("grid.code", equalTo(p + "-G2")).body("grid.name", equalTo("第2网格"))
                .body("community.code", equalTo(p + "-C")).body("street.code", equalTo(p + "-S"))
                .body("district.code", equalTo(p + "-D")).body("district.name", equalTo("测试区"))
                .body("location.coordSystem", equalTo("WGS84"));
        Response inGcj = given().auth().oauth2(SCREENER).queryParam("caseNumber", caseNumber)
                .queryParam("coordSystem", "GCJ02").get("/get-case");
        inGcj.then().statusCode(200).body("location.coordSystem", equalTo("GCJ02"));
        var gcjView = inGcj.jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertEquals(wechat.lat(), gcjView.getDouble("location.lat"), 1e-6, "answered in GCJ-02");
        assertEquals(wechat.lon(), gcjView.getDouble("location.lon"), 1e-6, "answered in GCJ-02");
        // the public sees down to the community, not the grid
        given().queryParam("caseNumber", caseNumber).get("/get-case").then().statusCode(200)
                .body("community.code", equalTo(p + "-C")).body("grid", nullValue());

        Calls.act(SCREENER, "screen-case", Map.of("caseNumber", caseNumber, "decision", "FILE")).then().statusCode(200);
        Calls.act(SCREENER, "dispatch-case", Map.of("caseNumber", caseNumber)).then().statusCode(200)
                .body("department.code", equalTo("XAQ"));

        // the department's queue and the reporter's list show where it is, in the system asked for
        String item = "items.find { it.caseNumber == '" + caseNumber + "' }";
        given().auth().oauth2(Tokens.of("handler-xaq", "XAQ", "handler")).queryParam("queue", "DEPARTMENT")
                .queryParam("coordSystem", "GCJ02").queryParam("size", 100).get("/work-queue").then().statusCode(200)
                .body(item + ".location.coordSystem", equalTo("GCJ02")).body(item + ".grid.code", equalTo(p + "-G2"));
        given().auth().oauth2(Tokens.citizen("grid-" + p)).queryParam("coordSystem", "BD09").get("/my-cases").then()
                .statusCode(200).body("items[0].location.coordSystem", equalTo("BD09"))
                .body("items[0].grid.code", equalTo(p + "-G2"));
        given().auth().oauth2(Tokens.citizen("grid-" + p)).queryParam("coordSystem", "bd09").get("/my-cases").then()
                .statusCode(400).body("errors[0].field", equalTo("coordSystem"));

        // found by its units; counted per grid
        given().queryParam("grid", p + "-G2").get("/search-cases").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].caseNumber", equalTo(caseNumber))
                .body("items[0].community.name", equalTo("测试社区")).body("items[0].grid", nullValue());
        given().queryParam("street", p + "-S").queryParam("lat", wechat.lat()).queryParam("lon", wechat.lon())
                .queryParam("coordSystem", "GCJ02").queryParam("radius", 300).get("/search-cases").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].location.coordSystem", equalTo("GCJ02"));
        given().queryParam("grid", p + "-G1").get("/search-cases").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(ADMIN).queryParam("groupBy", "GRID").get("/case-stats").then().statusCode(200)
                .body("rows.key", hasItem(p + "-G2")).body("rows.find { it.key == '" + p + "-G2' }.name",
                        equalTo("第2网格"))
                .body("rows.find { it.key == '" + p + "-G2' }.counts.received", equalTo(1));
        given().queryParam("groupBy", "DISTRICT").get("/case-stats").then().statusCode(200)
                .body("rows.key", hasItem(p + "-D"));
        given().queryParam("groupBy", "BLOCK").get("/case-stats").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().queryParam("caseNumber", caseNumber).queryParam("coordSystem", "MARS").get("/get-case").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("coordSystem"));
    }

    @Test
    void anAdminSendsACitysGridsInOneCallAndNobodyElseMaySendThatMuch() {
        String p = "T" + UUID.randomUUID().toString().substring(0, 6);
        List<Map<String, Object>> features = new ArrayList<>();
        features.add(feature(p + "-C", "大社区", "COMMUNITY", null, square(29.40, 113.60, 0.06)));
        for (int r = 0; r < 50; r++) {
            for (int c = 0; c < 60; c++) {
                features.add(feature(p + "-G" + r + "-" + c, "网格 " + r + "-" + c, "GRID", p + "-C",
                        square(29.40 + r * 0.001, 113.60 + c * 0.001, 0.001)));
            }
        }
        String body = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                Map.of("type", "FeatureCollection", "features", features)).toString();
        assertTrue(body.length() > 512 * 1024, "well over the 64 KB every other call may send: " + body.length());
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/import-areas").then()
                .statusCode(200).body("received", equalTo(3001)).body("saved", equalTo(3001));
        assertEquals(3000, TestInfra.count("select count(*) from area where kind = 'GRID' and parent_code = '" + p
                + "-C'"));
        // a screener's body of that size meets the ordinary limit before its 403
        given().auth().oauth2(SCREENER).contentType(ContentType.JSON).body(body).post("/import-areas").then()
                .statusCode(413);
        given().contentType(ContentType.JSON).body(body).post("/import-components").then().statusCode(413);
        // and an admin's is bounded too (16 MB)
        String huge = "{\"type\":\"FeatureCollection\",\"features\":[],\"pad\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(huge).post("/import-areas").then()
                .statusCode(413);
    }

    @Test
    void casesReportedBeforeTheGridArePlacedByTheBackfill() {
        String p = "T" + UUID.randomUUID().toString().substring(0, 6);
        String legacy = io.suishoupai.testing.TestCases.submitted("02-05-03", 29.5005, 113.7005, "legacy-" + p);
        assertEquals(null, TestInfra.string("select placed_at from city_case where case_number = '" + legacy + "'"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("type", "FeatureCollection",
                "features", List.of(feature(p + "-G", "旧网格", "GRID", null, square(29.500, 113.700, 0.001)))))
                .post("/import-areas").then().statusCode(200).body("saved", equalTo(1));
        long remaining = -1;
        for (int i = 0; i < 100 && remaining != 0; i++) {
            remaining = Calls.act(ADMIN, "place-cases", Map.of("limit", 5000)).then().statusCode(200).extract()
                    .<Integer>path("remaining");
        }
        assertEquals(0, remaining);
        assertEquals(p + "-G", TestInfra.string("select grid_code from city_case where case_number = '" + legacy + "'"));
        Calls.act(ADMIN, "place-cases", Map.of()).then().statusCode(200).body("placed", equalTo(0))
                .body("remaining", equalTo(0));
        Calls.act(ADMIN, "place-cases", Map.of("limit", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        Calls.act(SCREENER, "place-cases", Map.of()).then().statusCode(403);
    }

    @Test
    void anImportInGcj02IsStoredInWgs84() {
        String p = "T" + UUID.randomUUID().toString().substring(0, 6);
        GeoPoint corner = CoordSystem.GCJ02.fromWgs84(new GeoPoint(29.610, 114.010));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("type", "FeatureCollection", "coordSystem", "GCJ02", "features",
                        List.of(feature(p + "-Z", "测试片区", "ZONE", null, square(corner.lat(), corner.lon(), 0.001)))))
                .post("/import-areas").then().statusCode(200).body("saved", equalTo(1));
        double minLat = Double.parseDouble(TestInfra.string("select min_lat from area where code = '" + p + "-Z'"));
        double minLon = Double.parseDouble(TestInfra.string("select min_lon from area where code = '" + p + "-Z'"));
        assertTrue(new GeoPoint(minLat, minLon).distanceMeters(new GeoPoint(29.610, 114.010)) < 1);
        // and answered in the system asked for
        var listed = given().auth().oauth2(ADMIN).queryParam("kind", "ZONE").queryParam("coordSystem", "GCJ02")
                .get("/list-areas").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        String zone = "find { it.code == '" + p + "-Z' }";
        assertEquals("GCJ02", listed.getString(zone + ".coordSystem"));
        assertEquals(corner.lon(), listed.getDouble(zone + ".geojson.coordinates[0][0][0]"), 1e-5);
        assertEquals(corner.lat(), listed.getDouble(zone + ".geojson.coordinates[0][0][1]"), 1e-5);
        given().auth().oauth2(ADMIN).queryParam("kind", "BLOCK").get("/list-areas").then().statusCode(400);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("type", "FeatureCollection", "coordSystem", "MARS", "features", List.of()))
                .post("/import-areas").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(Tokens.of("screener-grid", null, "screener")).contentType(ContentType.JSON)
                .body(Map.of("type", "FeatureCollection", "features", List.of())).post("/import-areas").then()
                .statusCode(403);
        Calls.act(ADMIN, "save-area", Map.of("code", p + "-G", "name", "n", "kind", "GRID", "parentCode", p + "-NOPE",
                "geojson", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(114, 29.6),
                        List.of(114.001, 29.6), List.of(114.001, 29.601), List.of(114, 29.6))))))
                .then().statusCode(422).body("code", equalTo("UNKNOWN_AREA"));
    }

    @Test
    void aCityBoundaryReplacesTheServiceAreaBox() {
        String p = "T" + UUID.randomUUID().toString().substring(0, 6);
        // a boundary that leaves out the south-west of the box, where this report is
        String boundary = square(29.5, 113.9, 0.9);
        Calls.act(ADMIN, "save-area", Map.of("code", p + "-CITY", "name", "测试市", "kind", "CITY",
                "geojson", io.restassured.path.json.JsonPath.from(boundary).getMap(""))).then().statusCode(200);
        try {
            Response outside = Calls.submit(Tokens.citizen("boundary-" + p), Map.of("idempotencyKey",
                    UUID.randomUUID().toString(), "categoryCode", "02-05-03", "description", "界外",
                    "location", Map.of("lat", 29.2, "lon", 113.7),
                    "media", Uploads.twoPhotos(signer, "boundary-" + p)));
            assertEquals(422, outside.statusCode(), outside.asString());
            assertEquals("OUT_OF_SERVICE_AREA", outside.path("code"));
            report("boundary-" + p, "02-05-03", new GeoPoint(29.6, 114.0), null);
        } finally {
            Calls.act(ADMIN, "save-area", Map.of("code", p + "-CITY", "name", "测试市", "kind", "CITY", "active", false,
                    "geojson", io.restassured.path.json.JsonPath.from(boundary).getMap(""))).then().statusCode(200);
        }
    }
}
