package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestLog;
import io.suishoupai.testing.Tokens;

/**
 * Logs are JSON lines, and what a request does is logged with its request id and the case number, so an operator
 * can follow one case or one call through the log pipeline. (Tests write the JSON lines to a file; production
 * writes them to the console.)
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class JsonLogTest {

    @Test
    void aTransitionIsLoggedAsJsonWithTheRequestIdAndTheCaseNumber() {
        String caseNumber = TestCases.submitted("01-04-02");
        String requestId = "req-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of("s-log", null, "screener")).header("X-Request-Id", requestId)
                .contentType("application/json").body(Map.of("idempotencyKey", requestId, "caseNumber", caseNumber, "decision", "FILE"))
                .post("/screen-case").then().statusCode(200).header("X-Request-Id", equalTo(requestId));

        boolean found = false;
        for (JsonNode entry : TestLog.entries()) { // every line is one JSON object
            JsonNode mdc = entry.path("mdc");
            if (requestId.equals(mdc.path("requestId").asText())) {
                found |= caseNumber.equals(mdc.path("caseNumber").asText())
                        && entry.path("message").asText().contains("SUBMITTED -> FILED");
            }
        }
        assertTrue(found, "no JSON log line carries request " + requestId + " and case " + caseNumber);
    }

    @Test
    void aRequestWithoutAnIdGetsOneAndAnUnsafeIdIsReplaced() {
        String generated = given().get("/list-categories").then().statusCode(200).extract().header("X-Request-Id");
        assertTrue(generated != null && generated.matches("[0-9a-f-]{36}"), generated);
        String replaced = given().header("X-Request-Id", "bad id\nInjected: yes").get("/list-categories").then()
                .statusCode(200).extract().header("X-Request-Id");
        assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
        assertTrue(List.of(generated, replaced).stream().distinct().count() == 2);
    }
}
