package io.suishoupai.triage.function;

import static io.restassured.RestAssured.given;
import static io.suishoupai.triage.function.Staff.ADMIN;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * triage-routing deployed alone takes an admin's import well over the 64 KB every other body is held to, and holds
 * everyone else to it. `.ci/run` does not rerun this module under the Lambda event server; run it so with
 * {@code mvn verify -Dlambda -pl functions/triage-routing -am -Dtest='io/suishoupai/triage/function/AreaImportTest'}.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class AreaImportTest {

    static String grids(String prefix, int rows, int cols) {
        StringBuilder features = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double lat = 29.30 + r * 0.001;
                double lon = 113.80 + c * 0.001;
                features.append(features.isEmpty() ? "" : ",").append("""
                        {"type":"Feature","properties":{"code":"%s-%d-%d","name":"网格 %d-%d","kind":"GRID"},\
                        "geometry":{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}"""
                        .formatted(prefix, r, c, r, c, lon, lat, lon + 0.001, lat, lon + 0.001, lat + 0.001, lon,
                                lat + 0.001, lon, lat));
            }
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
    }

    @Test
    void anAdminsImportMayBeLargeAndNoOneElsesMay() {
        String prefix = "I" + UUID.randomUUID().toString().substring(0, 6);
        String body = grids(prefix, 20, 50);
        assertTrue(body.length() > 3 * 64 * 1024, "several times the ordinary limit: " + body.length());
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/import-areas").then()
                .statusCode(200).body("received", equalTo(1000)).body("saved", equalTo(1000));
        assertEquals(1000, TestInfra.count("select count(*) from area where code like '" + prefix + "-%'"));
        given().auth().oauth2(SCREENER).contentType(ContentType.JSON).body(body).post("/import-areas").then()
                .statusCode(413);
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(body).post("/import-components")
                .then().statusCode(413);
        // a small body from a screener reaches the function, which refuses the role
        given().auth().oauth2(SCREENER).contentType(ContentType.JSON).body(grids(prefix + "s", 1, 1))
                .post("/import-areas").then().statusCode(403);
    }
}
