package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.suishoupai.testing.Await;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * case-stats is public and its cost grows with the period: the period a caller may ask for, the queries one process
 * runs at once and the time PostgreSQL may spend on one are all bounded (issue #12, B6).
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class CaseStatsLimitsTest {

    @Test
    void thePublicMayAskForAYearAndTheCommandCentreForTen() {
        given().queryParam("from", "2020-01-01").queryParam("to", "2022-01-01").get("/case-stats").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.citizen("citizen-stats")).queryParam("from", "2020-01-01")
                .queryParam("to", "2022-01-01").get("/case-stats").then().statusCode(400);
        given().auth().oauth2(Tokens.of("staff-stats", null, "staff")).queryParam("from", "2020-01-01")
                .queryParam("to", "2022-01-01").get("/case-stats").then().statusCode(400);
        given().queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get("/case-stats").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.of("screener-stats", null, "screener")).queryParam("from", "2015-01-01")
                .queryParam("to", "2022-01-01").get("/case-stats").then().statusCode(200);
    }

    @Test
    void queriesAtOnceAndTheTimeOfEachAreBounded() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> held = new ArrayList<>();
        try (Connection blocker = TestInfra.connect()) {
            // every statistics query reads the cases' digests: while this lock is held, each one waits in PostgreSQL
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE stats_case_digest IN ACCESS EXCLUSIVE MODE");
            for (int i = 0; i < 2; i++) {
                held.add(pool.submit(() -> given().get("/case-stats").andReturn()));
            }
            // (pg_stat_activity keeps a query's first 1 KB: match its start)
            Await.until(() -> TestInfra.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and query ilike 'WITH parts%'") >= 2, Duration.ofSeconds(30),
                    "two statistics queries to wait in PostgreSQL");

            Response third = given().get("/case-stats").andReturn();
            assertEquals(503, third.statusCode(), "a third query at once is refused, not queued: " + third.asString());
            assertEquals("BUSY", third.path("code"));
            assertEquals("1", third.header("Retry-After"));

            for (Future<Response> f : held) {
                Response r = f.get(60, TimeUnit.SECONDS); // the statement timeout (3 s in tests) ends each wait
                assertEquals(503, r.statusCode(), "a query past its time is cancelled: " + r.asString());
                assertEquals("SERVICE_UNAVAILABLE", r.path("code"));
            }
            blocker.rollback();
        } finally {
            pool.shutdownNow();
        }
        given().get("/case-stats").then().statusCode(200); // the places were given back
    }
}
