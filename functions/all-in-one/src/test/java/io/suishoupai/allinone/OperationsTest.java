package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.Tokens;

/** What operators and container platforms probe: health (with the database and storage) and metrics. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class OperationsTest {

    @Test
    void readinessCoversTheDatabaseAndStorageAndLivenessIsPlain() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("storage"))
                .body("checks.find { it.name == 'storage' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'storage' }.data.bucket", equalTo(SuishoupaiTestResource.BUCKET));
        given().get("/q/health/ready").then().body("checks.name.join(',')", containsString("Reactive PostgreSQL"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theStaffViewCountsACasesRemindersAndEscalations() {
        String number = TestCases.submitted("01-01-08");
        // dispatched nine hours ago with four hours to act: overdue, and past twice its limit (leadership)
        io.suishoupai.testing.TestInfra.execute("update city_case set state = 'DISPATCHED', department_code = 'SZC', "
                + "dispatched_at = now() - interval '9 hours', deadline = now() - interval '5 hours' where case_number = '"
                + number + "'");
        given().auth().oauth2(Tokens.of("eventbridge-ops", null, "scheduler")).contentType(ContentType.JSON)
                .body(Map.of()).post("/run-reminders").then().statusCode(200);
        given().auth().oauth2(Tokens.of("screener-ops", null, "screener")).queryParam("caseNumber", number).get("/get-case")
                .then().statusCode(200).body("reminders", equalTo(2)).body("escalations", equalTo(2));
        given().queryParam("caseNumber", number).get("/get-case").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("reminders")));
    }

    /** The management interface, where metrics live (Quarkus's test port for it). */
    static io.restassured.specification.RequestSpecification metrics() {
        return given().port(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001));
    }

    @Test
    void metricsAreOnlyOnTheManagementInterface() {
        given().get("/q/metrics").then().statusCode(404);
        metrics().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
        given().get("/q/health/ready").then().statusCode(200); // probes stay on the application port
    }

    @Test
    void open311PathsAreTaggedByTemplateNotById() {
        for (int i = 0; i < 5; i++) {
            given().get("/open311/v2/requests/XN-20990101-" + (900000 + i) + ".json").then().statusCode(404);
            given().get("/open311/v2/tokens/no-such-token-" + i + ".json");
        }
        String metrics = metrics().get("/q/metrics").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("XN-20990101-90000"), "a raw id became a tag");
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("no-such-token-"), "a raw token became a tag");
    }

    @Test
    void businessCountersAreExported() {
        String number = TestCases.submitted("01-04-02");
        given().auth().oauth2(Tokens.of("screener-ops", null, "screener")).contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", "ops-screen-0001", "caseNumber", number, "decision", "FILE"))
                .post("/screen-case").then().statusCode(200);
        metrics().get("/q/metrics").then().statusCode(200)
                .body(containsString("suishoupai_case_transitions_total{to=\"FILED\"}"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void casesPerStateAreExportedFromTheDatabase() throws InterruptedException {
        TestCases.submitted("01-04-02");
        String[] last = {""};
        // the first scrape starts the count in the background; a later one shows it
        String metrics = io.suishoupai.testing.Await.value(() -> {
            last[0] = metrics().get("/q/metrics").then().statusCode(200).extract().asString();
            return last[0].matches("(?s).*suishoupai_cases\\{state=\"SUBMITTED\"\\} [1-9].*") ? last[0] : null;
        }, java.time.Duration.ofSeconds(30), () -> "a case gauge in " + last[0]);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("suishoupai_cases{state=\"CLOSED\"}"));
    }
}
