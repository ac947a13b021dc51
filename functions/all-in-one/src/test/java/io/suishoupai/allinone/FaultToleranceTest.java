package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.Faults;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.TestLog;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/**
 * Faults with the real servers: PostgreSQL stopped under a stream of reports (503 in bounded time, nothing
 * half-written, the same process recovers when it is back), the S3 server stopped (sign-uploads and submit-report
 * answer 503, nothing stored), and a report whose answer is lost and which is sent again (one case).
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class FaultToleranceTest {

    /** A 503 must come quickly: the caller (a phone, API Gateway's 30 s) must not hang on a dead database. */
    static final long BOUND_MS = 10_000;

    /** How often PostgreSQL is stopped and started under the reporters: once in CI, more for a soak (RELIABILITY.md). */
    static final int CYCLES = Integer.getInteger("soak.fault-cycles", 1);

    /** The reward's stock: more than the citizens can redeem, so every redemption either succeeds or is a 503. */
    static final int STOCK = 500;

    @Inject
    UploadSigner signer;

    /** What one call got: a report's case number or a redemption's id when it succeeded. */
    record Outcome(String function, int status, String code, long millis, String id, String requestId) {
    }

    /**
     * One thing a phone sends: a report or a redemption, with its idempotencyKey fixed however often it is sent
     * (as DESIGN's clients do).
     */
    record PhoneCall(String function, String token, Map<String, Object> body, String idField) {
        Outcome send() {
            long t0 = System.nanoTime();
            Response r = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/" + function)
                    .andReturn();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Object id = r.statusCode() == 200 ? r.path(idField) : null;
            return new Outcome(function, r.statusCode(), r.path("code"), ms, id == null ? null : id.toString(),
                    r.header("X-Request-Id"));
        }
    }

    @Test
    void postgresStoppedMidRunAnswers503QuicklyLeavesNothingHalfWrittenAndTheProcessRecovers() throws Exception {
        // one citizen per report (the daily limit per citizen is not what this test is about), who also redeems
        // a reward with points an admin granted: cases, events, media and the points ledger are all written
        String citizens = "fault-pg-" + UUID.randomUUID() + "-";
        String sku = "FAULT-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.of("admin-fault", null, "admin");
        Calls.act(admin, "save-reward", Map.of("sku", sku, "name", "故障测试奖品", "cost", 2, "stock", STOCK,
                "perPersonLimit", 5)).then().statusCode(200);
        ConcurrentLinkedQueue<PhoneCall> unsent = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 40 + 20 * CYCLES; i++) {
            String citizen = citizens + i;
            Calls.act(admin, "adjust-points", Map.of("accountId", citizen, "delta", 5, "reason", "fault test"))
                    .then().statusCode(200);
            unsent.add(new PhoneCall("submit-report", Tokens.citizen(citizen),
                    Calls.report(UUID.randomUUID().toString(), Uploads.twoPhotos(signer, citizen)), "caseNumber"));
            unsent.add(new PhoneCall("redeem-reward", Tokens.citizen(citizen),
                    Map.of("idempotencyKey", UUID.randomUUID().toString(), "sku", sku), "redemptionId"));
        }
        ConcurrentLinkedQueue<PhoneCall> refused = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService phones = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            phones.submit(() -> {
                while (running.get()) {
                    PhoneCall call = refused.poll();
                    call = call != null ? call : unsent.poll();
                    if (call == null) {
                        break;
                    }
                    send(call, outcomes, refused);
                }
                return null;
            });
        }
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            try {
                awaitCount(outcomes, 200, count(outcomes, 200) + 6);
                Faults.stopPostgres();
                awaitCount(outcomes, 503, count(outcomes, 503) + 4);
                given().get("/q/health/ready").then().statusCode(503);
                given().get("/get-case?caseNumber=XN-20260101-000001").then().statusCode(503);
            } finally {
                Faults.startPostgres();
            }
        }
        awaitCount(outcomes, 200, count(outcomes, 200) + 6);
        running.set(false);
        phones.shutdown();
        assertTrue(phones.awaitTermination(60, TimeUnit.SECONDS));
        given().get("/q/health/ready").then().statusCode(200);
        // every call refused with 503 is sent again with its key, as a phone does once the service is back: a
        // commit whose answer was lost with the connection (the server may have committed it) is answered now
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (PhoneCall call; (call = refused.poll()) != null;) {
            assertTrue(System.nanoTime() < until, "still refused a minute after PostgreSQL came back");
            send(call, outcomes, refused);
        }

        System.out.println("PostgreSQL stopped " + CYCLES + " time(s): " + outcomes.stream().collect(Collectors
                .groupingBy(o -> o.function() + " " + o.status(), java.util.TreeMap::new, Collectors.counting())));
        for (Outcome o : outcomes) {
            assertTrue(o.status() == 200 || o.status() == 503,
                    () -> "only success or 503, never " + o + TestLog.problemsOf(o.requestId()));
            if (o.status() == 503) {
                assertEquals("SERVICE_UNAVAILABLE", o.code());
                assertTrue(o.millis() < BOUND_MS, "a 503 took " + o.millis() + " ms");
            }
        }
        Set<String> cases = succeeded(outcomes, "submit-report");
        String ours = "reporter_id like '" + citizens + "%'";
        assertEquals(cases.size(), TestInfra.count("select count(*) from city_case where " + ours),
                "every accepted report is one case, and no refused one is");
        assertEquals(cases.size() * 2L, TestInfra.count("select count(*) from case_media m join city_case c "
                + "on c.id = m.case_id where c." + ours));
        assertEquals(0, TestInfra.count("select count(*) from city_case c where c." + ours + " and "
                + "not exists (select 1 from case_event e where e.case_id = c.id)"), "no case without its event");
        assertEquals(0, TestInfra.count("select count(*) from idempotency_record where caller_id like '" + citizens
                + "%' and response is null"), "no claimed-but-unanswered request");
        for (String caseNumber : cases) {
            given().get("/get-case?caseNumber=" + caseNumber).then().statusCode(200);
        }

        Set<String> redemptions = succeeded(outcomes, "redeem-reward");
        assertTrue(redemptions.size() > 0, "some redemptions went through: " + outcomes);
        assertEquals(redemptions.size(), TestInfra.count("select count(*) from redemption where sku = '" + sku + "'"),
                "every redemption answered 200 is one redemption, and no refused one is");
        assertEquals(STOCK, redemptions.size() + TestInfra.count("select stock from reward where sku = '" + sku + "'"),
                "what left the stock is exactly what was redeemed");
        assertEquals(0, TestInfra.count("select count(*) from points_account a where a.account_id like '" + citizens
                + "%' and (a.balance < 0 or a.balance <> (select coalesce(sum(delta), 0) from points_entry e "
                + "where e.account_id = a.account_id))"), "every balance is its ledger, and none is negative");
        assertEquals(0, TestInfra.count("select count(*) from (select account_id from redemption where sku = '" + sku
                + "' group by 1 having count(*) > 1) twice"), "a redemption sent again was made twice");
    }

    private static void send(PhoneCall call, ConcurrentLinkedQueue<Outcome> outcomes,
            ConcurrentLinkedQueue<PhoneCall> refused) {
        Outcome outcome = call.send();
        outcomes.add(outcome);
        if (outcome.status() == 503) {
            refused.add(call); // not taken, or taken with the answer lost: send it again, same key
        }
    }

    static Set<String> succeeded(ConcurrentLinkedQueue<Outcome> outcomes, String function) {
        return outcomes.stream().filter(o -> o.function().equals(function) && o.id() != null).map(Outcome::id)
                .collect(Collectors.toSet());
    }

    @Test
    void s3StoppedSignUploadsAndSubmitReportAnswer503AndStoreNothing() {
        String citizen = "fault-s3-" + UUID.randomUUID();
        String token = Tokens.citizen(citizen);
        List<String> photos = Uploads.twoPhotos(signer, citizen);
        Map<String, Object> sign = Map.of("items", List.of(Map.of("kind", "PHOTO", "contentType", "image/jpeg",
                "contentLength", 3000)));
        String grants = "select count(*) from upload_grant where caller_id = '" + citizen + "'";
        long granted = TestInfra.count(grants); // the two photos' own grants
        try {
            Faults.stopS3();
            long t0 = System.nanoTime();
            Response signed = given().auth().oauth2(token).contentType(ContentType.JSON).body(sign)
                    .post("/sign-uploads").andReturn();
            Response submitted = Calls.submit(token, Calls.report(UUID.randomUUID().toString(), photos));
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 2 * BOUND_MS);
            assertEquals(503, signed.statusCode(), signed.asString());
            assertEquals("SERVICE_UNAVAILABLE", signed.path("code"));
            assertEquals(503, submitted.statusCode(), submitted.asString());
            assertEquals("SERVICE_UNAVAILABLE", submitted.path("code"));
            // the bucket probe's answer: nothing answered (status 0), where a refusal would show the server's status
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'storage' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'storage' }.data.status", equalTo(0));
        } finally {
            Faults.startS3();
        }
        assertEquals(0, TestInfra.count("select count(*) from city_case where reporter_id = '" + citizen + "'"));
        assertEquals(granted, TestInfra.count(grants), "a refused sign-uploads grants nothing");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(sign).post("/sign-uploads").then().statusCode(200);
        Calls.submit(token, Calls.report(UUID.randomUUID().toString(), photos)).then().statusCode(200);
    }

    @Test
    void aReportWhoseAnswerIsLostAndIsSentAgainMakesOneCase() throws Exception {
        String citizen = "fault-lost-" + UUID.randomUUID();
        Map<String, Object> report = Calls.report("lost-" + UUID.randomUUID(), Uploads.twoPhotos(signer, citizen));
        byte[] body = new ObjectMapper().writeValueAsBytes(report);
        // the phone sends the report and loses the connection before any answer comes back
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /submit-report HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Tokens.citizen(citizen) + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        }
        // the server took it all the same
        io.suishoupai.testing.Await.until(() -> TestInfra.count("select count(*) from city_case where reporter_id = '"
                + citizen + "'") > 0, java.time.Duration.ofSeconds(30),
                "the report sent before the connection dropped to be taken");
        // ... then, back online, the phone sends it again with the same idempotencyKey
        Response retried = Calls.submit(Tokens.citizen(citizen), report);
        assertEquals(200, retried.statusCode(), retried.asString());
        Response again = Calls.submit(Tokens.citizen(citizen), report);
        assertEquals((String) retried.path("caseNumber"), again.path("caseNumber"));
        assertEquals(1, TestInfra.count("select count(*) from city_case where reporter_id = '" + citizen + "'"));
    }

    static long count(ConcurrentLinkedQueue<Outcome> outcomes, int status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Waits (polling the outcomes the reporters record) until there are at least n answers with the status. */
    static void awaitCount(ConcurrentLinkedQueue<Outcome> outcomes, int status, long n) throws InterruptedException {
        io.suishoupai.testing.Await.value(() -> count(outcomes, status) >= n ? Boolean.TRUE : null,
                java.time.Duration.ofSeconds(90), () -> n + " answers " + status + "; have " + outcomes);
    }
}
