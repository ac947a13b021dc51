package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/** Points earned by the triage transitions, the daily cap, ratings, and fulfilment through the outbox. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class PointsFlowTest {

    static final String SCREENER = Tokens.of("screener-pts", null, "screener");
    static final String HANDLER = Tokens.of("handler-pts", "YLJ", "handler");
    static final String INSPECTOR = Tokens.of("inspector-pts", null, "inspector");
    static final String ADMIN = Tokens.of("admin-pts", null, "admin");
    static final String SCHEDULER = Tokens.of("scheduler-pts", null, "scheduler");

    @Inject
    UploadSigner signer;

    @Inject
    io.suishoupai.testing.ControllableClock clock;

    static long balance(String account) {
        return TestInfra.count("select coalesce((select balance from points_account where account_id = '" + account + "'), 0)");
    }

    String closed(String reporter, String category) {
        String n = TestCases.submitted(category, 29.8421, 114.3225, reporter);
        Calls.act(SCREENER, "screen-case", Map.of("caseNumber", n, "decision", "FILE")).then().statusCode(200);
        Calls.act(SCREENER, "dispatch-case", Map.of("caseNumber", n, "departmentCode", "YLJ")).then().statusCode(200);
        String photo = Uploads.upload(signer, "handler-pts", MediaType.JPEG, SampleMedia.jpeg(1500));
        Calls.act(HANDLER, "report-disposal", Map.of("caseNumber", n, "media", List.of(photo))).then().statusCode(200);
        Calls.act(INSPECTOR, "verify-case", Map.of("caseNumber", n, "passed", true)).then().statusCode(200);
        return n;
    }

    @Test
    void aFiledAndClosedReportEarnsItsPointsOnceAndRejectionsEarnNothing() {
        String me = "citizen-earner";
        String n = closed(me, "01-04-02"); // 5 points, closure bonus 5
        assertEquals(10, balance(me));
        given().auth().oauth2(Tokens.citizen(me)).get("/points-history").then().statusCode(200)
                .body("items.reason", org.hamcrest.Matchers.contains("CLOSED", "FILED"))
                .body("items[1].caseNumber", equalTo(n));

        String rejected = TestCases.submitted("01-04-02", 29.84, 114.32, me);
        Calls.act(SCREENER, "screen-case", Map.of("caseNumber", rejected, "decision", "NOT_FILE", "reason", "重复上报")).then()
                .statusCode(200);
        String duplicate = TestCases.submitted("01-04-02", 29.84, 114.32, me);
        Calls.act(SCREENER, "screen-case", Map.of("caseNumber", duplicate, "decision", "DUPLICATE", "duplicateOf",
                TestCases.submitted("01-04-02"))).then().statusCode(200);
        assertEquals(10, balance(me), "nothing for NOT_FILED or DUPLICATE");

        // a poor rating reopens the case once; closing it again earns no second bonus
        Calls.act(Tokens.citizen(me), "rate-case", Map.of("caseNumber", n, "score", 1, "comment", "树又歪了")).then()
                .statusCode(200).body("reopened", equalTo(true));
        assertEquals("DISPATCHED", TestCases.state(n));
        String photo = Uploads.upload(signer, "handler-pts", MediaType.JPEG, SampleMedia.jpeg(1600));
        Calls.act(HANDLER, "report-disposal", Map.of("caseNumber", n, "media", List.of(photo))).then().statusCode(200);
        Calls.act(INSPECTOR, "verify-case", Map.of("caseNumber", n, "passed", true)).then().statusCode(200);
        assertEquals(10, balance(me));
        Calls.act(Tokens.citizen(me), "rate-case", Map.of("caseNumber", n, "score", 2)).then().statusCode(409)
                .body("code", equalTo("ALREADY_RATED"));
    }

    @Test
    void aCaseClosedUnresolvedEarnsNoBonusAndAPoorRatingDoesNotReopenIt() {
        String me = "citizen-unresolved";
        String leader = Tokens.of("leader-pts", null, "leader");
        String n = TestCases.submitted("01-04-02", 29.8421, 114.3225, me);
        Calls.act(SCREENER, "screen-case", Map.of("caseNumber", n, "decision", "FILE")).then().statusCode(200);
        Calls.act(SCREENER, "dispatch-case", Map.of("caseNumber", n, "departmentCode", "YLJ")).then().statusCode(200);
        Calls.act(leader, "close-unresolved", Map.of("caseNumber", n, "reason", "产权单位不明")).then().statusCode(200)
                .body("outcome", equalTo("UNRESOLVED"));
        assertEquals(5, balance(me), "the filing points only: nothing was fixed");
        // the reporter may still say what they think; it does not send a leader's decision back to the department
        Calls.act(Tokens.citizen(me), "rate-case", Map.of("caseNumber", n, "score", 1, "comment", "不满意")).then()
                .statusCode(200).body("reopened", equalTo(false));
        assertEquals("CLOSED", TestCases.state(n));
        // and the public view says how it ended, and why
        given().get("/get-case?caseNumber=" + n).then().statusCode(200).body("outcome", equalTo("UNRESOLVED"))
                .body("timeline[-1].note", equalTo("无法解决，结案：产权单位不明"));
    }

    @Test
    void patrolReportsAndRegisteredCasesEarnNobodyPoints() {
        String inspector = "inspector-patrol-pts";
        String patrol = TestCases.submitted("01-04-02", 29.8421, 114.3225, inspector);
        TestInfra.execute("update city_case set source = 'SUPERVISOR' where case_number = '" + patrol + "'");
        String screener = "screener-hotline-pts";
        String hotline = TestCases.submitted("01-04-02", 29.8421, 114.3225, screener);
        TestInfra.execute("update city_case set source = 'HOTLINE' where case_number = '" + hotline + "'");
        for (String n : List.of(patrol, hotline)) {
            Calls.act(SCREENER, "screen-case", Map.of("caseNumber", n, "decision", "FILE")).then().statusCode(200);
        }
        assertEquals(0, balance(inspector));
        assertEquals(0, balance(screener));
    }

    @Test
    void ratingRules() {
        String me = "citizen-rater";
        String n = closed(me, "01-04-02");
        Calls.act(Tokens.citizen("someone-else"), "rate-case", Map.of("caseNumber", n, "score", 5)).then().statusCode(403);
        Calls.act(Tokens.citizen(me), "rate-case", Map.of("caseNumber", n, "score", 6)).then().statusCode(400);
        String open = TestCases.submitted("01-04-02", 29.84, 114.32, me);
        Calls.act(Tokens.citizen(me), "rate-case", Map.of("caseNumber", open, "score", 5)).then().statusCode(422)
                .body("code", equalTo("CASE_NOT_CLOSED"));
        Calls.act(Tokens.citizen(me), "rate-case", Map.of("caseNumber", n, "score", 4, "comment", "很及时")).then()
                .statusCode(200).body("reopened", equalTo(false));
        assertEquals("CLOSED", TestCases.state(n));

        String late = closed(me, "01-04-02");
        clock.shift(java.time.Duration.ofDays(8)); // a poor rating after the 7-day window does not reopen
        try {
            Calls.act(Tokens.citizen(me), "rate-case", Map.of("caseNumber", late, "score", 1)).then().statusCode(200)
                    .body("reopened", equalTo(false));
        } finally {
            clock.reset();
        }
        assertEquals("CLOSED", TestCases.state(late));
        given().queryParam("groupBy", "NONE").get("/case-stats").then().statusCode(200)
                .body("rows[0].indicators.averageSatisfaction.denominator", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void theDailyCapHolds() {
        String me = "citizen-busy-earner";
        for (int i = 0; i < 6; i++) {
            String n = TestCases.submitted("01-01-01", 29.84, 114.32, me); // 10 points each
            Calls.act(SCREENER, "screen-case", Map.of("caseNumber", n, "decision", "FILE")).then().statusCode(200);
        }
        assertEquals(50, balance(me), "six filings of 10 points, capped at 50 a day");
        given().auth().oauth2(Tokens.citizen(me)).get("/points-balance").then().statusCode(200)
                .body("balance", equalTo(50)).body("earnedToday", equalTo(50));
    }

    @Test
    void fulfilmentGoesThroughTheOutboxAndAFailedOneIsRefundedOnce() throws Exception {
        AtomicInteger mode = new AtomicInteger(204);
        HttpServer provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/topup", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(mode.get(), -1);
            exchange.close();
        });
        provider.start();
        try {
            Calls.act(ADMIN, "save-channel", Map.of("ownerKind", "FULFILMENT", "url",
                    "http://127.0.0.1:" + provider.getAddress().getPort() + "/topup", "secret", "top-up-gateway-secret"))
                    .then().statusCode(200);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("sku", "CARD-10", "name", "10 元话费",
                    "cost", 20, "stock", 5, "perPersonLimit", 3)).post("/save-reward").then().statusCode(200);
            Calls.act(ADMIN, "adjust-points", Map.of("accountId", "citizen-shopper", "delta", 100, "reason", "test")).then()
                    .statusCode(200);

            int ok = Calls.act(Tokens.citizen("citizen-shopper"), "redeem-reward", Map.of("sku", "CARD-10")).then()
                    .statusCode(200).extract().path("redemptionId");
            Calls.act(SCHEDULER, "deliver-notifications", Map.of()).then().statusCode(200);
            assertEquals(1, TestInfra.count("select count(*) from redemption where id = " + ok + " and state = 'FULFILLED'"));

            mode.set(503);
            int failed = Calls.act(Tokens.citizen("citizen-shopper"), "redeem-reward", Map.of("sku", "CARD-10")).then()
                    .statusCode(200).extract().path("redemptionId");
            assertEquals(60, balance("citizen-shopper"));
            for (int attempt = 0; attempt < 6; attempt++) {
                clock.shift(java.time.Duration.ofHours(2)); // past each backoff
                Calls.act(SCHEDULER, "deliver-notifications", Map.of()).then().statusCode(200);
            }
            assertEquals(1, TestInfra.count("select count(*) from redemption where id = " + failed + " and state = 'CANCELLED'"));
            assertEquals(80, balance("citizen-shopper"), "refunded once");
            assertEquals(4, TestInfra.count("select stock from reward where sku = 'CARD-10'"), "one fulfilled, one back");
            assertEquals(1, TestInfra.count("select count(*) from points_entry where reason = 'REFUND' and redemption_id = "
                    + failed));
        } finally {
            clock.reset();
            provider.stop(0);
        }
    }
}
