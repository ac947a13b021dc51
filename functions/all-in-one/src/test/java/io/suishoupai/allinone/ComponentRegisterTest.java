package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
 * The component register end to end: saves and imports (GeoJSON and CSV, with refused rows), the public nearby
 * search, a report naming a component routed to its maintainer, every refusal of a named component, and the
 * component's history. The test's components lie around (29.70, 114.10).
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class ComponentRegisterTest {

    static final String ADMIN = Tokens.of("admin-components", null, "admin");
    static final String SCREENER = Tokens.of("screener-components", null, "screener");
    static final GeoPoint COVER = new GeoPoint(29.7000, 114.1000);

    @Inject
    UploadSigner signer;

    static String newId() {
        return "4212020102" + String.format("%08d", (long) (Math.random() * 1e8));
    }

    Response report(String reporter, String category, GeoPoint p, String coordSystem, String componentId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("idempotencyKey", UUID.randomUUID().toString(),
                "categoryCode", category, "description", "井盖缺失，行人有危险",
                "location", Map.of("lat", p.lat(), "lon", p.lon(), "coordSystem", coordSystem),
                "media", Uploads.twoPhotos(signer, reporter)));
        if (componentId != null) {
            body.put("componentId", componentId);
        }
        return Calls.submit(Tokens.citizen(reporter), body);
    }

    @Test
    void aReportNamingAComponentGoesToItsMaintainer() {
        String id = newId();
        GeoPoint baidu = CoordSystem.BD09.fromWgs84(COVER);
        Calls.act(ADMIN, "save-component", Map.of("id", id, "categoryCode", "01-01-02", "name", "测试污水井盖",
                "lat", baidu.lat(), "lon", baidu.lon(), "coordSystem", "BD09", "ownerDepartmentCode", "ZJJ",
                "maintainerDepartmentCode", "PSGS", "attributes", Map.of("material", "铸铁")))
                .then().statusCode(200).body("id", equalTo(id)).body("location.coordSystem", equalTo("BD09"))
                .body("attributes.material", equalTo("铸铁")).body("state", equalTo("IN_USE"));
        GeoPoint stored = new GeoPoint(Double.parseDouble(TestInfra.string("select lat from component where id = '" + id + "'")),
                Double.parseDouble(TestInfra.string("select lon from component where id = '" + id + "'")));
        assertTrue(stored.distanceMeters(COVER) < 1, "stored in WGS-84: " + stored);

        // a WeChat client asks what is near its (GCJ-02) point, for a water-cover report
        GeoPoint phone = CoordSystem.GCJ02.fromWgs84(new GeoPoint(29.70008, 114.1000)); // ~9 m north
        Response nearby = given().queryParam("lat", phone.lat()).queryParam("lon", phone.lon())
                .queryParam("coordSystem", "GCJ02").queryParam("categoryCode", "01-01-01").get("/nearby-components");
        nearby.then().statusCode(200).body("find { it.id == '" + id + "' }.location.coordSystem", equalTo("GCJ02"))
                .body("find { it.id == '" + id + "' }.name", equalTo("测试污水井盖"));
        double shownLat = nearby.jsonPath().getDouble("find { it.id == '" + id + "' }.location.lat");
        assertEquals(Math.round(shownLat * 1e4) / 1e4, shownLat, 1e-9, "rounded to 4 decimals");
        given().queryParam("lat", phone.lat()).queryParam("lon", phone.lon()).queryParam("coordSystem", "GCJ02")
                .queryParam("categoryCode", "02-01-01").get("/nearby-components").then().statusCode(200)
                .body("$", hasSize(0));
        given().queryParam("lat", phone.lat()).queryParam("lon", phone.lon()).queryParam("radius", 5000)
                .get("/nearby-components").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));

        String reporter = "component-" + UUID.randomUUID();
        Response ok = report(reporter, "01-01-01", phone, "GCJ02", id);
        ok.then().statusCode(200);
        String caseNumber = ok.path("caseNumber");
        given().auth().oauth2(SCREENER).queryParam("caseNumber", caseNumber).get("/get-case").then().statusCode(200)
                .body("component.id", equalTo(id)).body("component.name", equalTo("测试污水井盖"));
        given().auth().oauth2(SCREENER).queryParam("caseNumber", caseNumber).get("/suggest-route").then().statusCode(200).body("department.code", equalTo("PSGS"));
        Calls.act(SCREENER, "screen-case", Map.of("caseNumber", caseNumber, "decision", "FILE")).then().statusCode(200);
        Calls.act(SCREENER, "dispatch-case", Map.of("caseNumber", caseNumber)).then().statusCode(200)
                .body("department.code", equalTo("PSGS")); // not SWJT, the water category's default

        // refusals, each with its code, and nothing written
        record Refusal(String category, GeoPoint at, String componentId, String code) {
        }
        List<Refusal> refusals = List.of(
                new Refusal("01-01-01", CoordSystem.GCJ02.fromWgs84(new GeoPoint(29.7010, 114.1000)), id,
                        "COMPONENT_TOO_FAR"),
                new Refusal("01-02-01", phone, id, "COMPONENT_CATEGORY_MISMATCH"),
                new Refusal("01-01-01", phone, newId(), "UNKNOWN_COMPONENT"));
        for (Refusal r : refusals) {
            Response refused = report(reporter, r.category(), r.at(), "GCJ02", r.componentId());
            assertEquals(422, refused.statusCode(), refused.asString());
            assertEquals(r.code(), refused.path("code"));
        }
        assertEquals(1, TestInfra.count("select count(*) from city_case where reporter_id = '" + reporter + "'"));

        // the component's history
        given().auth().oauth2(SCREENER).queryParam("id", id).get("/component-cases").then().statusCode(200)
                .body("component.maintainerDepartmentCode", equalTo("PSGS")).body("cases.total", equalTo(1))
                .body("cases.items[0].caseNumber", equalTo(caseNumber));
        given().auth().oauth2(Tokens.citizen(reporter)).queryParam("id", id).get("/component-cases").then()
                .statusCode(403);
        // the maintainer's handler sees its own case exactly; another department's handler as the public does
        double exactLat = given().auth().oauth2(Tokens.of("handler-psgs", "PSGS", "handler")).queryParam("id", id)
                .get("/component-cases").jsonPath().using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE))
                .getDouble("cases.items[0].location.lat");
        double otherLat = given().auth().oauth2(Tokens.of("handler-szc", "SZC", "handler")).queryParam("id", id)
                .get("/component-cases").jsonPath().using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE))
                .getDouble("cases.items[0].location.lat");
        assertEquals(Math.round(exactLat * 1000) / 1000.0, otherLat, 1e-9, "another department: rounded");
        assertTrue(Math.abs(exactLat - otherLat) > 1e-6, "its own department: exact " + exactLat);
        given().auth().oauth2(SCREENER).queryParam("id", newId()).get("/component-cases").then().statusCode(404)
                .body("code", equalTo("COMPONENT_NOT_FOUND"));

        // removed from the register: no longer offered, no longer accepted
        Calls.act(ADMIN, "save-component", Map.of("id", id, "categoryCode", "01-01-02", "name", "测试污水井盖",
                "lat", COVER.lat(), "lon", COVER.lon(), "maintainerDepartmentCode", "PSGS", "state", "REMOVED"))
                .then().statusCode(200);
        Response removed = report(reporter, "01-01-01", phone, "GCJ02", id);
        assertEquals("COMPONENT_REMOVED", removed.path("code"), removed.asString());
    }

    @Test
    void importsSaveTheValidRowsAndReportTheRest() {
        String a = newId();
        String b = newId();
        String csv = "id,categoryCode,name,lat,lon,maintainerDepartmentCode,state,material\n"
                + a + ",01-01-08,\"路灯, 12号\",29.7002,114.1003,SZC,DAMAGED,钢\n"
                + newId() + ",02-01-01,不是部件,29.7,114.1,SZC,,\n"
                + newId() + ",01-01-08,坏坐标,north,114.1,SZC,,\n";
        Response fromCsv = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("csv", csv))
                .post("/import-components");
        fromCsv.then().statusCode(200).body("received", equalTo(3)).body("saved", equalTo(1))
                .body("refused.index", equalTo(List.of(3, 4)));
        assertTrue(fromCsv.<String>path("refused[0].reasons[0]").contains("categoryCode"), fromCsv.asString());
        assertEquals("DAMAGED", TestInfra.string("select state from component where id = '" + a + "'"));
        assertEquals("{\"material\":\"钢\"}", TestInfra.string("select attributes from component where id = '" + a + "'"));

        Response fromGeoJson = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of(
                "type", "FeatureCollection", "coordSystem", "GCJ02", "features", List.of(
                        Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(114.106, 29.698)),
                                "properties", Map.of("id", b, "categoryCode", "01-01-07", "name", "消防栓",
                                        "maintainerDepartmentCode", "XFZD")),
                        Map.of("type", "Feature", "geometry", Map.of("type", "Polygon", "coordinates", List.of()),
                                "properties", Map.of("id", newId(), "categoryCode", "01-01-07", "name", "面",
                                        "maintainerDepartmentCode", "XFZD")))))
                .post("/import-components");
        fromGeoJson.then().statusCode(200).body("saved", equalTo(1)).body("refused[0].index", equalTo(1));
        GeoPoint stored = new GeoPoint(Double.parseDouble(TestInfra.string("select lat from component where id = '" + b + "'")),
                Double.parseDouble(TestInfra.string("select lon from component where id = '" + b + "'")));
        assertTrue(stored.distanceMeters(CoordSystem.GCJ02.toWgs84(new GeoPoint(29.698, 114.106))) < 0.5);

        Calls.act(ADMIN, "save-component", Map.of("id", "X-1", "categoryCode", "01-01-02", "name", "n", "lat", 29.7,
                "lon", 114.1, "maintainerDepartmentCode", "PSGS")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("csv", "id,lat,lon\n\"x,1,2\n"))
                .post("/import-components").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void reportsOfOnePlaceInTwoSystemsAreDuplicates() {
        // an Open311-style WGS-84 report, then a WeChat GCJ-02 report of the same spot, ~590 m apart as given
        GeoPoint spot = new GeoPoint(29.7100, 114.1100);
        String first = report("dup-wgs-" + UUID.randomUUID(), "01-01-03", spot, "WGS84", null).then().statusCode(200)
                .extract().path("caseNumber");
        GeoPoint gcj = CoordSystem.GCJ02.fromWgs84(new GeoPoint(29.71010, 114.11010)); // ~15 m off
        Response second = report("dup-gcj-" + UUID.randomUUID(), "01-01-03", gcj, "GCJ02", null);
        second.then().statusCode(200).body("possibleDuplicates.caseNumber", equalTo(List.of(first)));
        // the same GCJ-02 numbers taken as WGS-84 are ~590 m away: no duplicate
        report("dup-wrong-" + UUID.randomUUID(), "01-01-03", gcj, "WGS84", null).then().statusCode(200)
                .body("possibleDuplicates", hasSize(0));
    }
}
