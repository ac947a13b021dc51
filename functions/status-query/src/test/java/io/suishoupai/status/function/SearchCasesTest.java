package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class SearchCasesTest {

    /** Five cases with known text, place, time, state and location. */
    @BeforeAll
    static void seed() {
        if (TestInfra.count("select count(*) from city_case where case_number like 'XN-20250%'") > 0) {
            return;
        }
        insert("XN-20250301-000001", "01-04-02", "金桂西路一棵行道树严重倾斜", "咸安区金桂西路", 29.842100, 114.322500,
                "DISPATCHED", "YLJ", "2025-03-01T02:00:00Z", "citizen-search-a");
        insert("XN-20250302-000002", "01-04-02", "行道树枯死，树枝掉落", "咸安区温泉路", 29.850000, 114.330000,
                "CLOSED", "YLJ", "2025-03-02T02:00:00Z", "citizen-search-b");
        insert("XN-20250303-000003", "02-01-02", "垃圾桶满溢，气味难闻", "咸安区金桂西路口", 29.842300, 114.322700,
                "SUBMITTED", null, "2025-03-03T02:00:00Z", "citizen-search-a");
        insert("XN-20250304-000004", "02-05-01", "流动摊贩占道经营 100% 真实", "嘉鱼县鱼岳镇", 29.970000, 113.900000,
                "FILED", null, "2025-03-04T02:00:00Z", "citizen-search-c");
        insert("XN-20250305-000005", "02-01-02", "垃圾满溢_未清运", "咸安区金桂西路", 29.842000, 114.322400,
                "SUBMITTED", null, "2025-03-05T02:00:00Z", "citizen-search-a");
    }

    static void insert(String number, String category, String description, String address, double lat, double lon,
            String state, String department, String createdAt, String reporter) {
        TestInfra.execute("insert into city_case (case_number, state, category_code, description, address, lat, lon, "
                + "reporter_id, source, department_code, created_at, updated_at) values ('" + number + "', '" + state
                + "', '" + category + "', '" + description + "', '" + address + "', " + lat + ", " + lon + ", '" + reporter
                + "', 'CITIZEN', " + (department == null ? "null" : "'" + department + "'") + ", '" + createdAt + "', '"
                + createdAt + "')");
    }

    static io.restassured.response.ValidatableResponse search(String... params) {
        var request = given().queryParam("from", "2025-03-01").queryParam("to", "2025-03-31");
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/search-cases").then().statusCode(200);
    }

    @Test
    void chineseTextFindsTheDescription() {
        search("q", "倾斜").body("items.caseNumber", contains("XN-20250301-000001"))
                .body("items[0].description", equalTo("金桂西路一棵行道树严重倾斜"));
    }

    @Test
    void byCategoryCodeOrName() {
        search("category", "01-04-02").body("total", equalTo(2));
        search("category", "行道树").body("items.caseNumber", contains("XN-20250302-000002", "XN-20250301-000001"));
        search("category", "overflowing").body("total", equalTo(2));
    }

    @Test
    void byPlaceNumberPrefixStateAndDepartment() {
        search("place", "金桂西路").body("total", equalTo(3));
        search("caseNumber", "XN-2025030").body("total", equalTo(5));
        search("caseNumber", "xn-20250303").body("items.caseNumber", contains("XN-20250303-000003"));
        search("state", "SUBMITTED,FILED").body("total", equalTo(3));
        search("department", "YLJ").body("total", equalTo(2));
        search("from", "2025-03-02", "to", "2025-03-03").body("items.caseNumber",
                contains("XN-20250303-000003", "XN-20250302-000002"));
    }

    @Test
    void nearAPointWithinARadius() {
        search("lat", "29.8421", "lon", "114.3225", "radius", "60").body("total", equalTo(3))
                .body("items.caseNumber", not(hasItem("XN-20250302-000002")));
        search("lat", "29.8421", "lon", "114.3225", "radius", "2000").body("total", equalTo(4));
        // the page is the newest of the circle's matches, page after page
        search("lat", "29.8421", "lon", "114.3225", "radius", "2000", "size", "2", "page", "1")
                .body("items.caseNumber", contains("XN-20250302-000002", "XN-20250301-000001")).body("total", equalTo(4));
    }

    /**
     * The radius is measured from each case's public point, which the database must round as the public view does
     * (GeoPoint.roundedForPublic): otherwise a case shown inside the circle could be left out of it, or the reverse.
     */
    @Test
    void theDatabaseRoundsAPublicPointAsTheViewDoes() {
        java.util.Random random = new java.util.Random(19);
        java.util.List<Double> degrees = new java.util.ArrayList<>(java.util.List.of(29.8425, 114.3225, 29.8435,
                -0.0005, 0.0005, -33.8675, 0.0, 179.9995));
        while (degrees.size() < 5_000) {
            double d = -180 + random.nextDouble() * 360;
            degrees.add(random.nextBoolean() ? d : Math.round(d * 10_000) / 10_000.0); // half-steps are the hard ones
        }
        StringBuilder x = new StringBuilder();
        StringBuilder rounded = new StringBuilder();
        for (double d : degrees) {
            x.append(x.isEmpty() ? "" : ",").append(d);
            rounded.append(rounded.isEmpty() ? "" : ",").append(new GeoPoint(0, d).roundedForPublic().lon());
        }
        assertEquals(0, TestInfra.count("select count(*) from unnest(array[" + x + "]::float8[], array[" + rounded
                + "]::float8[]) t(x, r) where " + GeoPoint.roundedForPublicSql("t.x") + " <> t.r"));
    }

    @Test
    void filtersCombine() {
        search("q", "满溢", "place", "金桂西路", "state", "SUBMITTED", "lat", "29.8421", "lon", "114.3225", "radius", "100")
                .body("items.caseNumber", contains("XN-20250305-000005", "XN-20250303-000003"));
    }

    @Test
    void wildcardsInTheTextAreLiteral() {
        search("q", "100%").body("items.caseNumber", contains("XN-20250304-000004"));
        search("q", "满溢_").body("items.caseNumber", contains("XN-20250305-000005"));
        search("q", "'; drop table city_case; --").body("total", equalTo(0));
        search("q", "%").body("total", equalTo(1));
    }

    @Test
    void pagesAreStableNewestFirst() {
        search("size", "2", "page", "0").body("items.caseNumber", contains("XN-20250305-000005", "XN-20250304-000004"))
                .body("total", equalTo(5)).body("size", equalTo(2));
        search("size", "2", "page", "1").body("items.caseNumber", contains("XN-20250303-000003", "XN-20250302-000002"));
        search("size", "2", "page", "2").body("items.caseNumber", contains("XN-20250301-000001"));
    }

    @Test
    void resultsArePublicViews() {
        search("q", "倾斜").body("items[0]", not(org.hamcrest.Matchers.hasKey("reporterId")))
                .body("items[0].location.lat", equalTo(29.842f)).body("items[0].department.name", equalTo("市园林绿化管理局"));
    }

    @Test
    void aBroadSearchCountsItsFirstTenThousandAndSaysThereAreMore() {
        // 10 001 matches of one word, in a month of their own so the other tests' periods never see them
        TestInfra.execute("insert into city_case (case_number, state, category_code, description, address, lat, lon, "
                + "reporter_id, source, created_at, updated_at) select 'XN-20240601-' || lpad(g::text, 6, '0'), "
                + "'CLOSED', '02-01-02', '广告牌倒伏 ' || g, '咸安区', 29.8, 114.3, 'citizen-search-many', 'CITIZEN', "
                + "timestamptz '2024-06-01T02:00:00Z' + g * interval '1 second', now() "
                + "from generate_series(1, 10001) g");
        try {
            given().queryParam("q", "广告牌倒伏").queryParam("from", "2024-06-01").queryParam("to", "2024-06-30")
                    .get("/search-cases").then().statusCode(200)
                    .body("total", equalTo(10000)).body("totalCapped", equalTo(true))
                    .body("items[0].caseNumber", equalTo("XN-20240601-010001"));
            // around a point with more matches than the window: counted to the window, the page still the newest
            given().queryParam("lat", "29.8").queryParam("lon", "114.3").queryParam("radius", "50")
                    .queryParam("from", "2024-06-01").queryParam("to", "2024-06-30").queryParam("size", "2")
                    .queryParam("page", "1").get("/search-cases").then().statusCode(200)
                    .body("total", equalTo(10000)).body("totalCapped", equalTo(true))
                    .body("items.caseNumber", contains("XN-20240601-009999", "XN-20240601-009998"));
            // a narrower filter counts in full
            search("q", "垃圾").body("total", equalTo(2)).body("totalCapped", equalTo(false));
            // pages reach the counted window and no further: skipping to the millionth match is refused, not run
            given().queryParam("q", "广告牌倒伏").queryParam("size", "100").queryParam("page", "99")
                    .get("/search-cases").then().statusCode(200).body("items.size()", equalTo(100));
            given().queryParam("q", "广告牌倒伏").queryParam("size", "100").queryParam("page", "100")
                    .get("/search-cases").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("page"));
        } finally {
            TestInfra.execute("delete from city_case where reporter_id = 'citizen-search-many'");
        }
    }

    @Test
    void badParametersAreFieldErrors() {
        given().queryParam("lat", "north").queryParam("lon", "114").queryParam("size", "1000").queryParam("state", "LOST")
                .queryParam("from", "yesterday").get("/search-cases").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("lat", "size", "state", "from"));
        given().queryParam("lat", "29.8").get("/search-cases").then().statusCode(400);
        given().queryParam("radius", "NaN").queryParam("lat", "29.8").queryParam("lon", "114.3").get("/search-cases")
                .then().statusCode(400).body("errors.field", hasItem("radius"));
    }

    @Test
    void myCasesListsTheCallersOwnNewestFirstInFull() {
        given().auth().oauth2(Tokens.citizen("citizen-search-a")).get("/my-cases").then().statusCode(200)
                .body("items.caseNumber", contains("XN-20250305-000005", "XN-20250303-000003", "XN-20250301-000001"))
                .body("items[2].location.lat", equalTo(29.8421f))
                .body("total", equalTo(3));
        given().auth().oauth2(Tokens.citizen("citizen-search-nobody")).get("/my-cases").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty()).body("total", equalTo(0));
        given().get("/my-cases").then().statusCode(401);
        given().auth().oauth2(Tokens.of("h", "YLJ", "handler")).get("/my-cases").then().statusCode(403);
        given().auth().oauth2(Tokens.citizen("citizen-search-a")).queryParam("size", "0").get("/my-cases").then()
                .statusCode(400);
    }

    @Test
    void everyItemMatchesTheFilter() {
        search("state", "SUBMITTED").body("items.state", everyItem(equalTo("SUBMITTED")));
    }
}
