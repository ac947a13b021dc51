package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.suishoupai.embedded.DemoData;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/**
 * The README's "Where" walk-through on the demo data the embedded defaults ship: a WeChat (GCJ-02) report lands in
 * demo grid 05 and goes to the grid's department; a report naming the demo cover goes to its maintainer.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class DemoWalkThroughTest {

    static final String DEMO_GRID = "42120200100205";
    static final String DEMO_COVER = "42120201010000001";

    @Inject
    UploadSigner signer;

    @BeforeAll
    static void demoData() {
        DemoData.seed(TestInfra.jdbcUrl(), "postgres", "postgres");
    }

    String submit(String reporter, Map<String, Object> body) {
        Map<String, Object> withMedia = new java.util.HashMap<>(body);
        withMedia.put("idempotencyKey", UUID.randomUUID().toString());
        withMedia.put("media", Uploads.twoPhotos(signer, reporter));
        return Calls.submit(Tokens.citizen(reporter), withMedia).then().statusCode(200).extract().path("caseNumber");
    }

    @Test
    void aWeChatReportGoesToItsGridsDepartmentAndACoverReportToItsMaintainer() {
        String admin = Tokens.of("a-1", null, "admin");
        String screener = Tokens.of("s-1", null, "screener");
        String citizen = "u-demo-" + UUID.randomUUID();
        Calls.act(admin, "save-routing-rule", Map.of("categoryCode", "02-05-06", "areaCode", DEMO_GRID,
                "departmentCode", "XAQ", "description", "露天烧烤 in demo grid 05 goes to the district"))
                .then().statusCode(200);

        String wechat = submit(citizen, Map.of("categoryCode", "02-05-06", "description", "金桂西路占道烧烤",
                "location", Map.of("lat", 29.839635, "lon", 114.327907, "coordSystem", "GCJ02")));
        var view = given().auth().oauth2(screener).queryParam("caseNumber", wechat).queryParam("coordSystem", "GCJ02")
                .get("/get-case").then().statusCode(200).body("location.coordSystem", equalTo("GCJ02"))
                .body("grid.code", equalTo(DEMO_GRID)).body("district.name", startsWith("【演示】"))
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        // answered in GCJ-02, as sent (numbers read as doubles: RestAssured's default is float)
        assertEquals(29.839635, view.getDouble("location.lat"), 1e-6);
        assertEquals(114.327907, view.getDouble("location.lon"), 1e-6);
        Calls.act(screener, "screen-case", Map.of("caseNumber", wechat, "decision", "FILE")).then().statusCode(200);
        Calls.act(screener, "dispatch-case", Map.of("caseNumber", wechat)).then().statusCode(200)
                .body("department.code", equalTo("XAQ"));

        given().queryParam("lat", 29.839685).queryParam("lon", 114.327957).queryParam("coordSystem", "GCJ02")
                .queryParam("categoryCode", "01-01-01").get("/nearby-components").then().statusCode(200)
                .body("id", hasItem(DEMO_COVER));
        String cover = submit(citizen, Map.of("categoryCode", "01-01-01", "description", "井盖松动",
                "location", Map.of("lat", 29.839685, "lon", 114.327957, "coordSystem", "GCJ02"),
                "componentId", DEMO_COVER));
        Calls.act(screener, "screen-case", Map.of("caseNumber", cover, "decision", "FILE")).then().statusCode(200);
        Calls.act(screener, "dispatch-case", Map.of("caseNumber", cover)).then().statusCode(200)
                .body("department.code", equalTo("SZC")).body("component.id", equalTo(DEMO_COVER));

        given().queryParam("grid", DEMO_GRID).get("/search-cases").then().statusCode(200)
                .body("items.caseNumber", hasItem(wechat));
        given().queryParam("groupBy", "GRID").get("/case-stats").then().statusCode(200)
                .body("rows.key", hasItem(DEMO_GRID));
    }
}
