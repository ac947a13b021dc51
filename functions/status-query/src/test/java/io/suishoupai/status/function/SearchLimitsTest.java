package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * A public search by text reads cases until it has counted its matches when no index narrows the text (under three
 * characters): at ten million cases a rare two-character word reads the whole table. So text searches are bounded
 * like case-stats: how many one process runs at once (2 in tests) and how long PostgreSQL may spend on one (3 s).
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class SearchLimitsTest {

    @Test
    void textSearchesAtOnceAndTheTimeOfEachAreBounded() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> held = new ArrayList<>();
        try (Connection blocker = TestInfra.connect()) {
            // every search reads the cases: while this lock is held, each one waits in PostgreSQL
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE city_case IN ACCESS EXCLUSIVE MODE");
            for (String word : List.of("井盖", "路灯")) {
                held.add(pool.submit(() -> given().queryParam("q", word).get("/search-cases").andReturn()));
            }
            Await.until(() -> TestInfra.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and query ilike 'SELECT json_build_object(%ILIKE%'") >= 2, Duration.ofSeconds(30),
                    "two text searches to wait in PostgreSQL");

            Response third = given().queryParam("place", "金桂").get("/search-cases").andReturn();
            assertEquals(503, third.statusCode(), "a third text search at once is refused, not queued: "
                    + third.asString());
            assertEquals("BUSY", third.path("code"));
            assertEquals("1", third.header("Retry-After"));

            for (Future<Response> f : held) {
                Response r = f.get(60, TimeUnit.SECONDS); // the statement timeout (3 s in tests) ends each wait
                assertEquals(503, r.statusCode(), "a text search past its time is cancelled: " + r.asString());
                assertEquals("SERVICE_UNAVAILABLE", r.path("code"));
            }
            blocker.rollback();
        } finally {
            pool.shutdownNow();
        }
        // the places were given back, and the timeout was the transaction's own: the pooled connections answer a
        // search that takes longer than it, once the lock it waits for is gone
        given().queryParam("q", "井盖").get("/search-cases").then().statusCode(200);
        try (Connection blocker = TestInfra.connect()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE city_case IN ACCESS EXCLUSIVE MODE");
            ExecutorService one = Executors.newSingleThreadExecutor();
            try {
                Future<Response> state = one.submit(() -> given().queryParam("state", "CLOSED").get("/search-cases")
                        .andReturn());
                Thread.sleep(4_000); // longer than a text search may take
                blocker.rollback();
                assertEquals(200, state.get(60, TimeUnit.SECONDS).statusCode(),
                        "a search by other filters is not under the text searches' timeout");
            } finally {
                one.shutdownNow();
            }
        }
    }
}
