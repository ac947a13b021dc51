package io.suishoupai.intake.open311;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.testing.Open311Forms;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * Open311 submissions on the report-intake function deployed alone (the all-in-one Open311Test also validates the
 * answers against the spec's schemas): an api_key from this function's create-api-key, the case written as intake
 * writes it, and errors in the spec's format.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class Open311SubmitRouteTest {

    static String apiKey;

    @BeforeEach
    void issueKey() {
        if (apiKey == null) {
            apiKey = given().auth().oauth2(Tokens.of("admin-intake-311", null, "admin")).contentType(ContentType.JSON)
                    .body(Map.of("clientName", "FixMyStreet 咸宁")).post("/create-api-key").then().statusCode(200)
                    .extract().path("apiKey");
        }
    }

    static Map<String, Object> form(Object... changes) {
        return Open311Forms.request(apiKey, changes);
    }

    static Response post(Map<String, Object> form, String format) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .post("/open311/v2/requests." + format).andReturn();
    }

    @Test
    void aClientsRequestBecomesASubmittedCaseUnderItsReporter() {
        String id = post(form("description", "长".repeat(4000)), "json").then().statusCode(200)
                .body("[0].service_request_id", matchesPattern("XN-\\d{8}-\\d{6}"))
                .body("[0].token", notNullValue())
                .extract().path("[0].service_request_id");
        long keyId = TestInfra.count("select id from api_key where client_name = 'FixMyStreet 咸宁' order by id limit 1");
        assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + id
                + "' and state = 'SUBMITTED' and source = 'OPEN311' and reporter_id = 'open311:" + keyId
                + ":email:resident@example.org'"));
        assertEquals(1, TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + id + "'"));
        post(form(), "xml").then().statusCode(200).body(containsString("<service_request_id>XN-"));
    }

    @Test
    void refusalsComeInTheSpecsFormat() {
        post(form("api_key", null), "json").then().statusCode(403).body("[0].code", equalTo(403));
        post(form("api_key", "ssp_not-a-key"), "json").then().statusCode(403);
        post(form("service_code", "99-99-99"), "json").then().statusCode(404).body("[0].code", equalTo(404));
        post(form("description", "长".repeat(4001)), "json").then().statusCode(400)
                .body("[0].code", equalTo(400));
        post(form("lat", "north"), "json").then().statusCode(400);
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("api_key=%zz&description=%E4")
                .post("/open311/v2/requests.json").then().statusCode(400).body("[0].code", equalTo(400));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body("description=" + "a".repeat(70 * 1024)).post("/open311/v2/requests.json").then()
                .statusCode(400).body("[0].description", containsString("64 KB"));
    }
}
