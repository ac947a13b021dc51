package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.ControllableClock;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * Security review #12 B1: a cancelled redemption is never fulfilled. The provider is a real HTTP server on loopback
 * that counts what reaches it; a cancelled citizen must end with the points back and no top-up sent.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class CancelledFulfilmentTest {

    static final String ADMIN = Tokens.of("admin-cancel", null, "admin");
    static final String SCHEDULER = Tokens.of("scheduler-cancel", null, "scheduler");

    @Inject
    ControllableClock clock;

    HttpServer provider;
    final AtomicInteger status = new AtomicInteger(204);
    final AtomicInteger received = new AtomicInteger();
    volatile CountDownLatch hold = new CountDownLatch(0);
    final CountDownLatch arrived = new CountDownLatch(1);

    @BeforeEach
    void startProvider() throws Exception {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        provider.createContext("/topup", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            arrived.countDown();
            try {
                hold.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        provider.start();
        Calls.act(ADMIN, "save-channel", Map.of("ownerKind", "FULFILMENT", "url",
                "http://127.0.0.1:" + provider.getAddress().getPort() + "/topup", "secret", "top-up-gateway-secret"))
                .then().statusCode(200);
    }

    @AfterEach
    void stopProvider() {
        clock.reset();
        provider.stop(0);
    }

    String shopper() {
        String sku = "CARD-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("sku", sku, "name", "10 元话费",
                "cost", 20, "stock", 5, "perPersonLimit", 1)).post("/save-reward").then().statusCode(200);
        return sku;
    }

    int redeem(String citizen, String sku) {
        Calls.act(ADMIN, "adjust-points", Map.of("accountId", citizen, "delta", 100, "reason", "test")).then()
                .statusCode(200);
        return Calls.act(Tokens.citizen(citizen), "redeem-reward", Map.of("sku", sku)).then().statusCode(200)
                .extract().path("redemptionId");
    }

    static Response deliver() {
        return Calls.act(SCHEDULER, "deliver-notifications", Map.of());
    }

    static long balance(String account) {
        return TestInfra.count("select balance from points_account where account_id = '" + account + "'");
    }

    @Test
    void cancellingWithdrawsTheQueuedFulfilment() {
        String sku = shopper();
        String citizen = "citizen-cancelled-" + UUID.randomUUID();
        int id = redeem(citizen, sku);
        Calls.act(ADMIN, "cancel-redemption", Map.of("id", id, "reason", "地址错误")).then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        deliver().then().statusCode(200);
        assertEquals(0, received.get(), "a cancelled redemption's top-up went out");
        assertEquals(1, TestInfra.count("select count(*) from outbox where redemption_id = " + id
                + " and state = 'DISCARDED'"));
        assertEquals(100, balance(citizen));
        // the retry an admin might try is refused too
        long message = TestInfra.count("select id from outbox where redemption_id = " + id);
        Calls.act(ADMIN, "retry-notification", Map.of("id", message)).then().statusCode(409)
                .body("code", equalTo("REDEMPTION_NOT_PENDING"));
        deliver().then().statusCode(200);
        assertEquals(0, received.get());
    }

    @Test
    void aDeadLetterThatWasRefundedCannotBeRetriedIntoATopUp() {
        String sku = shopper();
        String citizen = "citizen-dead-letter-" + UUID.randomUUID();
        int id = redeem(citizen, sku);
        status.set(503);
        for (int attempt = 0; attempt < 6; attempt++) {
            deliver().then().statusCode(200);
            clock.shift(Duration.ofHours(2));
        }
        assertEquals(1, TestInfra.count("select count(*) from redemption where id = " + id + " and state = 'CANCELLED'"));
        assertEquals(100, balance(citizen), "refunded");
        int attemptsSoFar = received.get();
        status.set(204);
        long message = TestInfra.count("select id from outbox where redemption_id = " + id);
        Calls.act(ADMIN, "retry-notification", Map.of("id", message)).then().statusCode(409)
                .body("code", equalTo("REDEMPTION_NOT_PENDING"));
        deliver().then().statusCode(200);
        assertEquals(attemptsSoFar, received.get(), "nothing more was sent");
        // and the refunded points buy the same reward again only within its per-person limit: the first is CANCELLED
        assertEquals(0, TestInfra.count("select count(*) from redemption where id = " + id + " and state = 'FULFILLED'"));
    }

    @Test
    void aCancelWhileTheTopUpIsBeingSentWaitsAndIsRefused() throws Exception {
        String sku = shopper();
        String citizen = "citizen-racing-" + UUID.randomUUID();
        int id = redeem(citizen, sku);
        hold = new CountDownLatch(1);
        CompletableFuture<Integer> delivery = CompletableFuture.supplyAsync(() -> deliver().statusCode());
        assertTrue(arrived.await(20, TimeUnit.SECONDS), "the fulfilment reached the provider");
        CompletableFuture<Response> cancel = CompletableFuture.supplyAsync(
                () -> Calls.act(ADMIN, "cancel-redemption", Map.of("id", id, "reason", "用户申请取消")));
        // the cancel waits on the redemption's row lock, which the delivery holds while the provider answers
        io.suishoupai.testing.Await.until(() -> TestInfra.count("select count(*) from pg_stat_activity "
                + "where wait_event_type = 'Lock'") > 0, java.time.Duration.ofSeconds(20),
                "the cancel to wait for the delivery");
        hold.countDown();
        assertEquals(200, delivery.get(30, TimeUnit.SECONDS));
        Response refused = cancel.get(30, TimeUnit.SECONDS);
        assertEquals(422, refused.statusCode(), refused.asString());
        assertEquals("REDEMPTION_NOT_PENDING", refused.path("code"));
        assertEquals(1, TestInfra.count("select count(*) from redemption where id = " + id + " and state = 'FULFILLED'"));
        assertEquals(80, balance(citizen), "the points were spent once and not refunded");
        assertEquals(1, received.get());
    }
}
