package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * Issue #18, item 6: a case hidden by a screener, or private, is not in any public read — get-case, search-cases,
 * Open311 — while its reporter and the command centre still see it; an edited one reads "edited" to everyone.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class HiddenAndPrivateCasesTest {

    @Test
    void hiddenAndPrivateCasesAreOutOfEveryPublicRead() {
        String reporter = "citizen-hidden-" + UUID.randomUUID().toString().substring(0, 8);
        String hidden = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter);
        String secret = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter);
        String edited = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter);
        TestInfra.execute("update city_case set hidden = true, hidden_reason = '含人脸' where case_number = '" + hidden + "'");
        TestInfra.execute("update city_case set is_private = true where case_number = '" + secret + "'");
        TestInfra.execute("update city_case set edited = true where case_number = '" + edited + "'");

        for (String number : new String[] {hidden, secret}) {
            given().get("/get-case?caseNumber=" + number).then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
            given().auth().oauth2(Tokens.citizen("someone-else")).get("/get-case?caseNumber=" + number).then()
                    .statusCode(404);
            given().auth().oauth2(Tokens.citizen(reporter)).get("/get-case?caseNumber=" + number).then()
                    .statusCode(200).body("view", equalTo("REPORTER"));
            given().auth().oauth2(Tokens.of("screener-h", null, "screener")).get("/get-case?caseNumber=" + number)
                    .then().statusCode(200).body("view", equalTo("STAFF"));
            given().get("/open311/v2/requests/" + number + ".json").then().statusCode(404);
            given().get("/open311/v2/requests.json?service_request_id=" + number).then().statusCode(200)
                    .body("service_request_id", not(hasItem(number)));
        }
        given().auth().oauth2(Tokens.of("screener-h", null, "screener")).get("/get-case?caseNumber=" + hidden).then()
                .body("hidden", equalTo(true)).body("hiddenReason", equalTo("含人脸"));
        given().auth().oauth2(Tokens.citizen(reporter)).get("/get-case?caseNumber=" + secret).then()
                .body("private", equalTo(true));
        given().get("/search-cases?caseNumber=XN-20260901&size=100").then().statusCode(200)
                .body("items.caseNumber", not(hasItem(hidden))).body("items.caseNumber", not(hasItem(secret)))
                .body("items.caseNumber", hasItem(edited));
        given().get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItem(hidden))).body("service_request_id", not(hasItem(secret)));
        given().get("/get-case?caseNumber=" + edited).then().statusCode(200).body("edited", equalTo(true));
        given().auth().oauth2(Tokens.citizen(reporter)).get("/my-cases?size=100").then().statusCode(200)
                .body("items.caseNumber", hasItem(secret));
    }
}
