package io.suishoupai.points.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/** Money-like value under concurrency: nothing created, lost or spent twice. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class RedemptionTest {

    static final String ADMIN = Tokens.of("admin-p", null, "admin");

    static void give(String account, int points) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("idempotencyKey", UUID.randomUUID().toString(),
                "accountId", account, "delta", points, "reason", "test grant")).post("/adjust-points").then().statusCode(200);
    }

    static void reward(String sku, int cost, int stock, int limit) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("sku", sku, "name", "话费充值卡 " + sku,
                "cost", cost, "stock", stock, "perPersonLimit", limit)).post("/save-reward").then().statusCode(200);
    }

    static Response redeem(String account, String sku, String key) {
        return given().auth().oauth2(Tokens.citizen(account)).contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", key, "sku", sku)).post("/redeem-reward").andReturn();
    }

    static List<Response> concurrently(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : pool.invokeAll(calls)) {
            responses.add(f.get());
        }
        pool.shutdown();
        return responses;
    }

    static long balance(String account) {
        return TestInfra.count("select coalesce((select balance from points_account where account_id = '" + account + "'), 0)");
    }

    static void ledgerEqualsBalances() {
        assertEquals(0, TestInfra.count("select count(*) from points_account a where a.balance <> (select coalesce(sum(delta), 0) "
                + "from points_entry e where e.account_id = a.account_id)"), "every balance is the sum of its ledger");
        assertEquals(0, TestInfra.count("select count(*) from points_account where balance < 0"));
    }

    @Test
    void twoHundredConcurrentRedemptionsOfTenInStock() throws Exception {
        reward("TOPUP-10", 30, 10, 1);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String account = "race-" + i;
            give(account, 50);
            calls.add(() -> redeem(account, "TOPUP-10", UUID.randomUUID().toString()));
        }
        List<Response> responses = concurrently(calls);
        assertEquals(10, responses.stream().filter(r -> r.statusCode() == 200).count(), "exactly the stock");
        assertEquals(190, responses.stream().filter(r -> r.statusCode() == 409).count(), "the rest are out of stock");
        assertEquals(0, TestInfra.count("select stock from reward where sku = 'TOPUP-10'"));
        assertEquals(10, TestInfra.count("select count(*) from redemption where sku = 'TOPUP-10'"));
        assertEquals(10, TestInfra.count("select count(*) from points_account where account_id like 'race-%' and balance = 20"));
        assertEquals(190, TestInfra.count("select count(*) from points_account where account_id like 'race-%' and balance = 50"));
        ledgerEqualsBalances();
    }

    @Test
    void theSameKeyReplayedConcurrentlyRedeemsOnce() throws Exception {
        reward("TOPUP-20", 10, 100, 5);
        give("replayer", 100);
        String key = UUID.randomUUID().toString();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> redeem("replayer", "TOPUP-20", key));
        }
        List<Response> responses = concurrently(calls);
        var ids = new HashSet<Integer>();
        responses.forEach(r -> {
            assertEquals(200, r.statusCode(), r.asString());
            ids.add(r.path("redemptionId"));
        });
        assertEquals(1, ids.size(), "one redemption, answered twenty times");
        assertEquals(90, balance("replayer"));
        assertEquals(99, TestInfra.count("select stock from reward where sku = 'TOPUP-20'"));
        ledgerEqualsBalances();
    }

    @Test
    void thePerPersonLimitHoldsUnderConcurrency() throws Exception {
        reward("TOPUP-30", 5, 100, 2);
        give("greedy", 1000);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> redeem("greedy", "TOPUP-30", UUID.randomUUID().toString()));
        }
        List<Response> responses = concurrently(calls);
        assertEquals(2, responses.stream().filter(r -> r.statusCode() == 200).count());
        assertEquals(8, responses.stream().filter(r -> r.statusCode() == 422
                && "PER_PERSON_LIMIT".equals(r.path("code"))).count());
        assertEquals(990, balance("greedy"));
        ledgerEqualsBalances();
    }

    @Test
    void notEnoughPointsChangesNothing() {
        reward("TOPUP-40", 500, 5, 1);
        give("poor", 100);
        redeem("poor", "TOPUP-40", UUID.randomUUID().toString()).then().statusCode(422)
                .body("code", equalTo("INSUFFICIENT_POINTS"));
        assertEquals(5, TestInfra.count("select stock from reward where sku = 'TOPUP-40'"));
        assertEquals(100, balance("poor"));
        assertEquals(0, TestInfra.count("select count(*) from redemption where account_id = 'poor'"));
        redeem("poor", "NO-SUCH", UUID.randomUUID().toString()).then().statusCode(404);
    }

    @Test
    void aCancelledRedemptionIsRefundedExactlyOnce() {
        reward("TOPUP-50", 40, 3, 1);
        give("refundee", 100);
        int id = redeem("refundee", "TOPUP-50", UUID.randomUUID().toString()).then().statusCode(200)
                .body("state", equalTo("PENDING")).body("balance", equalTo(60)).extract().path("redemptionId");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("id", id, "reason", "provider out of cards"))
                .post("/cancel-redemption").then().statusCode(200).body("state", equalTo("CANCELLED"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("id", id, "reason", "again"))
                .post("/cancel-redemption").then().statusCode(422).body("code", equalTo("REDEMPTION_NOT_PENDING"));
        assertEquals(100, balance("refundee"));
        assertEquals(3, TestInfra.count("select stock from reward where sku = 'TOPUP-50'"));
        assertEquals(1, TestInfra.count("select count(*) from points_entry where reason = 'REFUND' and redemption_id = " + id));
        ledgerEqualsBalances();
    }

    @Test
    void balanceHistoryAndRoles() {
        give("historian", 30);
        given().auth().oauth2(Tokens.citizen("historian")).get("/points-balance").then().statusCode(200)
                .body("balance", equalTo(30)).body("earnedToday", equalTo(0));
        given().auth().oauth2(Tokens.citizen("historian")).get("/points-history").then().statusCode(200)
                .body("items[0].delta", equalTo(30)).body("items[0].reason", equalTo("ADJUSTMENT")).body("total", equalTo(1));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("idempotencyKey", UUID.randomUUID().toString(),
                "accountId", "historian", "delta", -100, "reason", "reversal")).post("/adjust-points").then().statusCode(422)
                .body("code", equalTo("INSUFFICIENT_POINTS"));
        given().get("/points-balance").then().statusCode(401);
        given().auth().oauth2(Tokens.citizen("x")).contentType(ContentType.JSON).body(Map.of("idempotencyKey", "abcdefgh",
                "accountId", "x", "delta", 1000, "reason", "self-service")).post("/adjust-points").then().statusCode(403);
        given().get("/list-rewards").then().statusCode(200);
        ledgerEqualsBalances();
    }

    @Test
    void listRewardsShowsWhatCanBeRedeemedNowCheapestFirst() {
        java.time.Instant now = java.time.Instant.now();
        for (var r : List.of(Map.<String, Object>of("sku", "LIST-B", "cost", 20),
                Map.<String, Object>of("sku", "LIST-A", "cost", 20),
                Map.<String, Object>of("sku", "LIST-CHEAP", "cost", 5, "activeFrom", now.minusSeconds(3600).toString()),
                Map.<String, Object>of("sku", "LIST-LATER", "cost", 1, "activeFrom", now.plusSeconds(3600).toString()),
                Map.<String, Object>of("sku", "LIST-OVER", "cost", 1, "activeTo", now.minusSeconds(60).toString()),
                Map.<String, Object>of("sku", "LIST-OFF", "cost", 1, "active", false))) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "列表 " + r.get("sku"), "stock", 5,
                    "perPersonLimit", 1));
            body.putAll(r);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/save-reward").then()
                    .statusCode(200);
        }
        List<String> listed = given().get("/list-rewards").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.sku.startsWith('LIST-') }.sku", String.class);
        assertEquals(List.of("LIST-CHEAP", "LIST-A", "LIST-B"), listed,
                "active and in their window, by cost then sku; not before its start, after its end, or switched off");
        given().get("/list-rewards").then().body("find { it.sku == 'LIST-CHEAP' }.activeFrom", equalTo(
                now.minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString()));
    }
}
