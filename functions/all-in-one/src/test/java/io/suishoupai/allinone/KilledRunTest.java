package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.reminders.service.WebhookSignature;
import io.suishoupai.testing.ControllableClock;
import io.suishoupai.testing.FunctionProcess;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.DomainCases;

/**
 * A process killed (SIGKILL) in the middle of a reminder run or of an outbox delivery, then the run again: the
 * reminders are recorded exactly once, and the notification, sent once before the kill and once again after it,
 * has exactly one effect at a receiver that dedupes by delivery id. The killed process is the packaged
 * reminder-scheduling function, run as a separate child process on the same PostgreSQL.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class KilledRunTest {

    @Inject
    DomainCases domainCases;

    static final String SCHEDULER = Tokens.of("scheduler-kill", null, "scheduler");
    static final String ADMIN = Tokens.of("admin-kill", null, "admin");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    ControllableClock clock;

    /**
     * When a case dispatched with four hours to act is due soon now (87.5 % of its time gone, with a minute to
     * spare): runs may only look back, and the killed process runs on the real clock.
     */
    static Instant dueSoonNow() {
        return Instant.now().minusSeconds(3 * 3600 + 1800 + 60);
    }

    static Response run(String function, Instant at) {
        return given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON).body(Map.of("at", at.toString()))
                .post("/" + function).andReturn();
    }

    /** Calls the other process; {@code at} null: as of now. */
    static void callAsync(FunctionProcess process, String function, Instant at) {
        HTTP.sendAsync(HttpRequest.newBuilder(URI.create(process.baseUrl() + "/" + function))
                .header("Authorization", "Bearer " + SCHEDULER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(at == null ? "{}" : "{\"at\":\"" + at + "\"}")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void aReminderRunKilledMidwayRecordsNothingAndTheRerunRecordsEachReminderOnce() throws Exception {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("ownerKind", "DEPARTMENT",
                "ownerCode", "SZC", "url", "http://127.0.0.1:9/szc", "secret", "a-shared-secret-of-32-characters!"))
                .post("/save-channel").then().statusCode(200);
        Instant t0 = dueSoonNow();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            numbers.add(domainCases.dispatched("SZC", t0, 4));
        }
        Instant at = t0.plusSeconds(3 * 3600 + 1800);
        try (FunctionProcess other = FunctionProcess.start("reminder-scheduling");
                Connection blocker = TestInfra.connect()) {
            // hold the run inside its transaction: its first reminder insert waits on this lock
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE case_reminder IN EXCLUSIVE MODE");
            callAsync(other, "run-reminders", at);
            awaitTrue(() -> TestInfra.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and query ilike '%case_reminder%'") > 0, "the other process's run to reach its inserts");
            other.kill();
            blocker.rollback();
        }
        for (String n : numbers) {
            assertEquals(0, reminders(n), "a killed run leaves no reminder behind");
        }

        run("run-reminders", at).then().statusCode(200).body("dueSoon", org.hamcrest.Matchers.greaterThanOrEqualTo(12));
        run("run-reminders", at).then().statusCode(200).body("dueSoon", org.hamcrest.Matchers.equalTo(0));
        for (String n : numbers) {
            assertEquals(1, reminders(n), "each reminder exactly once");
            assertEquals(1, TestInfra.count("select count(*) from outbox where payload like '%" + n + "%'"));
        }
    }

    @Test
    void aDeliveryKilledAfterSendingIsSentAgainAndHasOneEffect() throws Exception {
        Receiver receiver = new Receiver();
        try {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("ownerKind", "DEPARTMENT",
                    "ownerCode", "HWC", "url", receiver.url(), "secret", "a-shared-secret-of-32-characters!"))
                    .post("/save-channel").then().statusCode(200);
            Instant t0 = dueSoonNow();
            String number = domainCases.dispatched("HWC", t0, 4);
            Instant at = t0.plusSeconds(3 * 3600 + 1800);
            run("run-reminders", at).then().statusCode(200);
            assertEquals("PENDING", outboxState(number));

            try (FunctionProcess other = FunctionProcess.start("reminder-scheduling")) {
                callAsync(other, "deliver-notifications", null); // the reminder was queued now
                assertTrue(receiver.arrived.await(60, TimeUnit.SECONDS), "the other process sent the message");
                other.kill(); // sent, never recorded as delivered
            }
            receiver.release.countDown();
            assertEquals(1, receiver.receipts.size());
            assertTrue(!"DELIVERED".equals(outboxState(number)), "the killed process recorded nothing");

            // the claim's lease runs out; the next pass sends it again, with the same delivery id (a run may only
            // look back, so this process's clock moves on instead)
            try {
                clock.shift(java.time.Duration.ofMinutes(10));
                given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON).body("{}").post("/deliver-notifications")
                        .then().statusCode(200);
                clock.shift(java.time.Duration.ofMinutes(10));
                given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON).body("{}").post("/deliver-notifications")
                        .then().statusCode(200);
            } finally {
                clock.reset();
            }
            assertEquals(2, receiver.receipts.size(), "at least once: sent again after the kill");
            assertEquals(1, Set.copyOf(receiver.receipts).size(), "both carry the same delivery id");
            assertEquals(1, receiver.effects.size(), "exactly one effect at a receiver that dedupes");
            assertEquals("DELIVERED", outboxState(number));
        } finally {
            receiver.release.countDown();
            receiver.server.stop(0);
        }
    }

    static long reminders(String number) {
        return TestInfra.count("select count(*) from case_reminder r join city_case c on c.id = r.case_id "
                + "where c.case_number = '" + number + "'");
    }

    static String outboxState(String number) {
        return TestInfra.string("select state from outbox where payload like '%" + number + "%' and topic like '%reminder%'"
                + " order by id limit 1");
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        io.suishoupai.testing.Await.until(condition, java.time.Duration.ofSeconds(60), what);
    }

    /** A webhook receiver that holds the first delivery until released, and applies each delivery id once. */
    static final class Receiver {
        final HttpServer server;
        final CountDownLatch arrived = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> receipts = new CopyOnWriteArrayList<>();
        final Set<String> effects = ConcurrentHashMap.newKeySet();

        Receiver() throws java.io.IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String delivery = exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY);
                receipts.add(delivery);
                effects.add(delivery); // the receiver's dedupe: an id it has seen has no second effect
                if (receipts.size() == 1) {
                    arrived.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                try {
                    exchange.sendResponseHeaders(200, -1);
                } catch (java.io.IOException clientGone) {
                    // the sender was killed while we held its request
                }
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }
    }
}
