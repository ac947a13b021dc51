package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/**
 * The rows of the access table that a role alone does not decide: a handler of another department, another
 * citizen, and what public views show. Generated from one table of (caller, function, body) → status and code.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class OwnershipTest {

    @Inject
    UploadSigner signer;

    record Row(String who, String token, String function, Map<String, Object> body, int status, String code) {
    }

    @Test
    void callersActOnlyOnWhatIsTheirs() {
        String reporter = "owner-" + UUID.randomUUID();
        String dispatched = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter);
        TestInfra.execute("update city_case set state = 'DISPATCHED', department_code = 'YLJ', dispatched_at = now(), "
                + "deadline = now() + interval '4 hours' where case_number = '" + dispatched + "'");
        String closed = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter);
        TestInfra.execute("update city_case set state = 'CLOSED', department_code = 'YLJ' where case_number = '"
                + closed + "'");
        String otherHandler = Tokens.of("handler-szc", "SZC", "handler");
        String otherCitizen = Tokens.citizen("someone-else-" + UUID.randomUUID());
        String afterPhoto = Uploads.upload(signer, "handler-szc", MediaType.JPEG, SampleMedia.jpeg(2048));

        List<Row> table = List.of(
                new Row("handler of another department", otherHandler, "report-disposal",
                        Map.of("caseNumber", dispatched, "note", "不是我们的", "media", List.of(afterPhoto)), 403,
                        "NOT_YOUR_DEPARTMENT"),
                new Row("handler of another department", otherHandler, "return-case",
                        Map.of("caseNumber", dispatched, "reason", "不是我们的"), 403, "NOT_YOUR_DEPARTMENT"),
                new Row("handler of another department", otherHandler, "request-extension",
                        Map.of("caseNumber", dispatched, "hours", 4, "reason", "需要时间"), 403, "NOT_YOUR_DEPARTMENT"),
                new Row("another citizen", otherCitizen, "rate-case",
                        Map.of("caseNumber", closed, "score", 1), 403, "NOT_YOUR_CASE"),
                new Row("the reporter", Tokens.citizen(reporter), "rate-case",
                        Map.of("caseNumber", closed, "score", 5), 200, null));
        for (Row row : table) {
            Response r = Calls.act(row.token(), row.function(), row.body());
            assertEquals(row.status(), r.statusCode(), row.who() + " → " + row.function() + ": " + r.asString());
            if (row.code() != null) {
                assertEquals(row.code(), r.path("code"), row.who() + " → " + row.function());
            }
        }
        assertEquals("DISPATCHED", TestCases.state(dispatched), "nothing the refused callers sent took effect");

        // another department's queue does not list the case; another citizen's reports do not include it
        String queue = given().auth().oauth2(otherHandler).get("/work-queue?queue=DEPARTMENT").then().statusCode(200)
                .extract().asString();
        assertFalse(queue.contains(dispatched));
        String mine = given().auth().oauth2(otherCitizen).get("/my-cases").then().statusCode(200).extract().asString();
        assertFalse(mine.contains(dispatched));
    }

    @Test
    void publicViewsNeverCarryTheReporterOrExactLocation() {
        String reporter = "private-person-" + UUID.randomUUID();
        String number = TestCases.submitted("01-04-02", 29.842137, 114.322519, reporter);
        // the staff role is city staff reporting outside their duties: a citizen's rights, not the command centre's
        for (String token : new String[] {null, Tokens.citizen("nosy-" + UUID.randomUUID()),
                Tokens.of("staff-nosy-" + UUID.randomUUID(), null, "staff")}) {
            var request = given();
            if (token != null) {
                request.auth().oauth2(token);
            }
            String view = request.get("/get-case?caseNumber=" + number).then().statusCode(200).extract().asString();
            assertTrue(view.contains("\"view\":\"PUBLIC\""), view);
            assertFalse(view.contains(reporter), "the reporter's identity leaks: " + view);
            assertFalse(view.contains("842137") || view.contains("322519"), "the exact location leaks: " + view);
        }
        String staffReporter = "staff-reporter-" + UUID.randomUUID();
        String own = TestCases.submitted("01-04-02", 29.842137, 114.322519, staffReporter);
        given().auth().oauth2(Tokens.of(staffReporter, null, "staff")).get("/get-case?caseNumber=" + own).then()
                .statusCode(200).body("view", org.hamcrest.Matchers.equalTo("REPORTER"))
                .body("reporterId", org.hamcrest.Matchers.equalTo(staffReporter));

        String search = given().get("/search-cases?caseNumber=" + number).then().statusCode(200).extract().asString();
        assertTrue(search.contains(number));
        assertFalse(search.contains(reporter), search);
        String open311 = given().get("/open311/v2/requests/" + number + ".json").then().statusCode(200).extract()
                .asString();
        assertFalse(open311.contains(reporter), open311);
    }

    @Test
    void searchingByPositionLocatesACaseNoMoreFinelyThanItsPublicView() {
        String number = TestCases.submitted("01-04-02", 30.112437, 114.401519, "trilaterated-" + UUID.randomUUID());
        // a 5 m circle on the exact spot: found before the fix, so small circles could pin the report down
        given().queryParam("lat", "30.112437").queryParam("lon", "114.401519").queryParam("radius", "5")
                .get("/search-cases").then().statusCode(200)
                .body("items.caseNumber", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(number)));
        // the same circle on the public point finds it: search answers for the point the public view shows
        given().queryParam("lat", "30.112").queryParam("lon", "114.402").queryParam("radius", "5")
                .get("/search-cases").then().statusCode(200)
                .body("items.caseNumber", org.hamcrest.Matchers.hasItem(number));
    }
}
