package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * The README's walk-through, as a client does it: a dev token, upload URLs, the uploads straight to storage, the
 * report, and the case looked up by anyone.
 */
@QuarkusTest
@TestProfile(DevTokensOn.class)
@WithTestResource(SuishoupaiTestResource.class)
class CitizenPathTest {

    static final ResponseContract contract = new ResponseContract();
    static List<Filter> filtersBefore;

    @BeforeAll
    static void checkAnswersAgainstTheDocument() {
        filtersBefore = new java.util.ArrayList<>(RestAssured.filters());
        RestAssured.filters(contract);
    }

    static String devToken(String sub, String... roles) {
        return given().contentType(ContentType.JSON).body(Map.of("sub", sub, "roles", List.of(roles)))
                .post("/dev/token").then().statusCode(200).extract().path("token");
    }

    @Test
    void fromDevTokenToCaseLookup() {
        String token = devToken("u-walkthrough", "citizen");
        byte[] photo1 = SampleMedia.jpeg(5000);
        byte[] photo2 = SampleMedia.jpeg(6000);
        Response signed = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(
                        Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", photo1.length),
                        Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", photo2.length))))
                .post("/sign-uploads").andReturn();
        signed.then().statusCode(200);
        assertEquals(200, io.suishoupai.testing.Uploads.put(URI.create(signed.path("uploads[0].url")),
                "image/jpeg", photo1).statusCode());
        assertEquals(200, io.suishoupai.testing.Uploads.put(URI.create(signed.path("uploads[1].url")),
                "image/jpeg", photo2).statusCode());

        String caseNumber = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", "walkthrough-0001", "categoryCode", "01-04-02",
                        "description", "金桂西路一棵行道树严重倾斜",
                        "location", Map.of("lat", 29.8421, "lon", 114.3225, "address", "咸安区金桂西路"),
                        "media", List.of(signed.path("uploads[0].key"), signed.path("uploads[1].key"))))
                .post("/submit-report").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("caseNumber", matchesPattern("XN-\\d{8}-\\d{6}"))
                .extract().path("caseNumber");

        given().queryParam("caseNumber", caseNumber).get("/get-case").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("category.name", equalTo("行道树倾斜"))
                .body("timeline", hasSize(1)).body("media", hasSize(0)).body("view", equalTo("PUBLIC"));
        given().auth().oauth2(token).queryParam("caseNumber", caseNumber).get("/get-case").then().statusCode(200)
                .body("view", equalTo("REPORTER")).body("media", hasSize(2));
    }

    static String devToken(String sub, String dept, String role) {
        return given().contentType(ContentType.JSON)
                .body(dept == null ? Map.of("sub", sub, "roles", List.of(role)) : Map.of("sub", sub, "roles", List.of(role), "dept", dept))
                .post("/dev/token").then().statusCode(200).extract().path("token");
    }

    static String submitTreeReport(String citizen) {
        byte[] photo = SampleMedia.jpeg(4000);
        Response signed = given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(
                        Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", photo.length),
                        Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", photo.length))))
                .post("/sign-uploads").andReturn();
        for (int i = 0; i < 2; i++) {
            assertEquals(200, io.suishoupai.testing.Uploads.put(URI.create(signed.path("uploads[" + i + "].url")),
                    "image/jpeg", photo).statusCode());
        }
        return given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", java.util.UUID.randomUUID().toString(), "categoryCode", "01-04-02",
                        "description", "金桂西路一棵行道树严重倾斜",
                        "location", Map.of("lat", 29.8421, "lon", 114.3225, "address", "咸安区金桂西路"),
                        "media", List.of(signed.path("uploads[0].key"), signed.path("uploads[1].key"))))
                .post("/submit-report").then().statusCode(200).extract().path("caseNumber");
    }

    /** The README's staff walk-through: screen, dispatch, dispose with an after-photo, verify, closed. */
    @Test
    void staffTakeTheCaseFromScreeningToClosure() {
        String caseNumber = submitTreeReport(devToken("u-staffpath", null, "citizen"));
        String screener = devToken("s-1", null, "screener");
        String handler = devToken("h-ylj", "YLJ", "handler");
        String inspector = devToken("i-1", null, "inspector");

        given().auth().oauth2(screener).queryParam("queue", "SCREENING").queryParam("size", 100).get("/work-queue")
                .then().statusCode(200).body("items.caseNumber", org.hamcrest.Matchers.hasItem(caseNumber));
        given().auth().oauth2(screener).queryParam("caseNumber", caseNumber).get("/suggest-route").then()
                .statusCode(200).body("department.code", equalTo("YLJ"));
        Calls.act(screener, "screen-case", Map.of("caseNumber", caseNumber, "decision", "FILE")).then().statusCode(200)
                .body("state", equalTo("FILED"));
        Calls.act(screener, "dispatch-case", Map.of("caseNumber", caseNumber)).then().statusCode(200)
                .body("state", equalTo("DISPATCHED")).body("department.code", equalTo("YLJ"));

        String afterKey = afterPhoto(handler);
        Calls.act(handler, "report-disposal", Map.of("caseNumber", caseNumber, "note", "已扶正加固",
                "media", List.of(afterKey))).then().statusCode(200).body("state", equalTo("DISPOSED"));
        Calls.act(inspector, "verify-case", Map.of("caseNumber", caseNumber, "passed", true, "note", "核查通过"))
                .then().statusCode(200).body("state", equalTo("CLOSED"));

        given().queryParam("caseNumber", caseNumber).get("/get-case").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("timeline", hasSize(5))
                .body("media", hasSize(1)).body("media[0].stage", equalTo("DISPOSAL"));
        given().auth().oauth2(screener).queryParam("caseNumber", caseNumber).get("/get-case").then().statusCode(200)
                .body("view", equalTo("STAFF"));
    }

    /** An after-photo the handler uploads for the disposal; its key. */
    static String afterPhoto(String handler) {
        byte[] after = SampleMedia.jpeg(3500);
        Response signed = given().auth().oauth2(handler).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", after.length))))
                .post("/sign-uploads").andReturn();
        assertEquals(200, io.suishoupai.testing.Uploads.put(URI.create(signed.path("uploads[0].url")), "image/jpeg", after)
                .statusCode());
        return signed.path("uploads[0].key");
    }

    /** The README's "finding cases, statistics" and "points" sections, for the reporter of a closed case. */
    @Test
    void theReporterFindsRatesAndSpends() {
        String citizen = devToken("u-reads", null, "citizen");
        String caseNumber = submitTreeReport(citizen);
        String screener = devToken("s-2", null, "screener");
        Calls.act(screener, "screen-case", Map.of("caseNumber", caseNumber, "decision", "FILE")).then().statusCode(200);
        Calls.act(screener, "dispatch-case", Map.of("caseNumber", caseNumber)).then().statusCode(200);
        String handler = devToken("h-ylj2", "YLJ", "handler");
        Calls.act(handler, "report-disposal", Map.of("caseNumber", caseNumber, "note", "已处理",
                "media", List.of(afterPhoto(handler)))).then().statusCode(200);
        Calls.act(devToken("i-2", null, "inspector"), "verify-case", Map.of("caseNumber", caseNumber, "passed", true))
                .then().statusCode(200);

        given().get("/list-categories").then().statusCode(200);
        given().auth().oauth2(citizen).get("/my-cases").then().statusCode(200).body("items.caseNumber",
                org.hamcrest.Matchers.hasItem(caseNumber));
        given().queryParam("q", "行道树").get("/search-cases").then().statusCode(200);
        given().get("/case-stats").then().statusCode(200);
        given().get("/list-departments").then().statusCode(200);
        Calls.act(citizen, "rate-case", Map.of("caseNumber", caseNumber, "score", 5, "comment", "很快"))
                .then().statusCode(200);
        given().auth().oauth2(citizen).get("/points-balance").then().statusCode(200);
        given().auth().oauth2(citizen).get("/points-history").then().statusCode(200);
        given().get("/list-rewards").then().statusCode(200);
        given().auth().oauth2(citizen).get("/my-redemptions").then().statusCode(200);
    }

    /** The walk-through's answers were all checked against the documented schemas (ResponseContract). */
    @AfterAll
    static void everyAnswerMatchedItsDocumentedSchema() {
        RestAssured.replaceFiltersWith(filtersBefore);
        assertEquals(new java.util.TreeSet<>(List.of("case-stats", "dispatch-case", "get-case", "list-categories",
                "list-departments", "list-rewards", "my-cases", "my-redemptions", "points-balance", "points-history",
                "rate-case", "report-disposal", "screen-case", "search-cases", "sign-uploads", "submit-report",
                "suggest-route", "verify-case", "work-queue")), contract.checked());
    }

    @Test
    void devTokenRefusesUnknownRolesAndMissingSubjects() {
        given().contentType(ContentType.JSON).body(Map.of("sub", "u-2", "roles", List.of("mayor")))
                .post("/dev/token").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("citizen")))
                .post("/dev/token").then().statusCode(400).body("errors[0].field", equalTo("sub"));
        given().contentType(ContentType.JSON).body("{oops").post("/dev/token").then().statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST"));
    }

    @Test
    void aDevTokenCarriesTheDepartmentClaim() {
        String handler = given().contentType(ContentType.JSON)
                .body(Map.of("sub", "h-1", "roles", List.of("handler"), "dept", "YLJ"))
                .post("/dev/token").then().statusCode(200).extract().path("token");
        given().auth().oauth2(handler).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", 10))))
                .post("/sign-uploads").then().statusCode(200);
    }
}
