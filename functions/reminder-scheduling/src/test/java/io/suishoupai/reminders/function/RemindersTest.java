package io.suishoupai.reminders.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.reminders.service.WebhookSignature;
import io.suishoupai.testing.ControllableClock;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.DomainCases;

@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class RemindersTest {

    @Inject
    DomainCases domainCases;

    static final String SCHEDULER = Tokens.of("eventbridge", null, "scheduler");
    static final String ADMIN = Tokens.of("admin-r", null, "admin");
    static final String SECRET = "a-shared-secret-of-32-characters!";
    static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    static void channel(String ownerKind, String ownerCode, String path) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("ownerKind", ownerKind, "url", RECEIVER.url(path),
                "secret", SECRET));
        if (ownerCode != null) {
            body.put("ownerCode", ownerCode);
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/save-channel").then().statusCode(200);
    }

    @Inject
    ControllableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A run at a moment of the cases' lives: the clock is there (a run may only look back, never ahead). */
    Response run(String function, Instant at) {
        clock.set(at);
        return given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON).body(Map.of("at", at.toString()))
                .post("/" + function).andReturn();
    }

    /** The receiver's side, written here as a receiver would (WebhookSignatureTest pins the server's to vectors). */
    static String hmacSha256(String secret, String message) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(
                    message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static long reminders(String number, String level) {
        return TestInfra.count("select count(*) from case_reminder r join city_case c on c.id = r.case_id "
                + "where c.case_number = '" + number + "' and r.level = '" + level + "'");
    }

    @Test
    void aParkedCaseGoesBackToItsDepartmentWhenItsDateComesWithItsTimeLimitCountedFromThatDate() {
        Instant t0 = Instant.parse("2030-03-04T01:00:00Z");
        Instant until = t0.plusSeconds(14 * 86400);
        String suspended = domainCases.paused(io.suishoupai.shared.caseflow.CaseState.SUSPENDED, "SZC", t0, until);
        String deferred = domainCases.paused(io.suishoupai.shared.caseflow.CaseState.DEFERRED, "YLJ", t0, until);
        String later = domainCases.paused(io.suishoupai.shared.caseflow.CaseState.DEFERRED, "YLJ", t0,
                until.plusSeconds(86400));

        run("run-reminders", until.minusSeconds(1)).then().statusCode(200).body("resumed", equalTo(0));
        assertEquals("SUSPENDED", io.suishoupai.testing.TestCases.state(suspended));
        // a paused case is nobody's overdue work: its old deadline passed long ago, yet no reminder was recorded
        assertEquals(0, reminders(suspended, "OVERDUE"));

        run("run-reminders", until.plusSeconds(300)).then().statusCode(200).body("resumed", equalTo(2));
        for (String number : List.of(suspended, deferred)) {
            assertEquals("DISPATCHED", io.suishoupai.testing.TestCases.state(number));
            assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + number
                    + "' and dispatched_at = '" + until + "'::timestamptz"),
                    "the time limit counts from the pause's end date, not from the run");
            assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + number
                    + "' and deadline > dispatched_at and resume_at is null and paused_at is null"));
            assertEquals(1, TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id "
                    + "where c.case_number = '" + number + "' and e.from_state in ('SUSPENDED', 'DEFERRED') "
                    + "and e.to_state = 'DISPATCHED' and e.actor_role = 'SYSTEM' and e.public_note"));
        }
        assertEquals("DEFERRED", io.suishoupai.testing.TestCases.state(later), "its date has not come");
        run("run-reminders", until.plusSeconds(600)).then().statusCode(200).body("resumed", equalTo(0));
    }

    @Test
    void aRunFoldsTheStatisticsRollupsTheCasesMovesAppendedTo() {
        domainCases.dispatched("YLJ", Instant.parse("2033-05-02T02:00:00Z"), 24);
        assertTrue(TestInfra.count("select count(*) from stats_received_rollup where not folded") > 0,
                "a case's moves append rows to the rollups");
        long before = TestInfra.count("select sum(received) from stats_received_rollup");
        run("run-reminders", Instant.parse("2033-05-02T03:00:00Z")).then().statusCode(200)
                .body("statsRowsFolded", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertEquals(0, TestInfra.count("select count(*) from stats_received_rollup where not folded"));
        assertEquals(0, TestInfra.count("select count(*) from stats_due_rollup where not folded"));
        assertEquals(before, TestInfra.count("select sum(received) from stats_received_rollup"), "folding counts alike");
    }

    @Test
    void aDispatchedCaseWithNoPublicUpdateForThreeWorkingDaysGetsOneProgressNotePerPeriod() {
        // dispatched Monday 2033-03-07 10:00 in the city, with a week to do it
        Instant t0 = Instant.parse("2033-03-07T02:00:00Z");
        String number = domainCases.dispatched("YLJ", t0, 24 * 7);
        String notes = "select count(*) from case_event e join city_case c on c.id = e.case_id where c.case_number = '"
                + number + "' and e.actor_role = 'SYSTEM' and e.public_note and e.from_state = e.to_state "
                + "and e.note like '您反映的问题（" + number + "）正由%处理中%'";
        run("run-reminders", t0.plusSeconds(3 * 86_400)).then().statusCode(200); // Thursday: 2 working days
        assertEquals(0, TestInfra.count(notes));
        run("run-reminders", t0.plusSeconds(4 * 86_400)).then().statusCode(200)  // Friday: Monday is 3 back
                .body("progressNotes", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertEquals(1, TestInfra.count(notes));
        run("run-reminders", t0.plusSeconds(4 * 86_400 + 600)).then().statusCode(200);
        run("run-reminders", t0.plusSeconds(6 * 86_400)).then().statusCode(200);  // Sunday: still the same period
        assertEquals(1, TestInfra.count(notes), "once per period");
        run("run-reminders", t0.plusSeconds(9 * 86_400)).then().statusCode(200);  // Wednesday: Friday is 3 back
        assertEquals(1, TestInfra.count(notes));
        run("run-reminders", t0.plusSeconds(10 * 86_400)).then().statusCode(200); // Thursday: 3 working days on
        assertEquals(2, TestInfra.count(notes));
    }

    @Test
    void aStageLeftWaitingIsToldToTheCommandCentreOnceDueSoonAndOnceOverdue() {
        channel("COMMAND_CENTRE", null, "/centre-stages");
        // filed Monday 2030-03-11 09:00 in the city: dispatch is due an hour later, on the working calendar
        Instant t0 = Instant.parse("2030-03-11T01:00:00Z");
        String number = domainCases.filed(t0);
        assertEquals(1, TestInfra.count("select count(*) from case_stage s join city_case c on c.id = s.case_id where "
                + "c.case_number = '" + number + "' and s.stage = 'DISPATCH' and s.due_at = '" + t0.plusSeconds(3600)
                + "'::timestamptz"));
        run("run-reminders", t0.plusSeconds(50 * 60)).then().statusCode(200)
                .body("stageDueSoon", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        run("run-reminders", t0.plusSeconds(61 * 60)).then().statusCode(200)
                .body("stageOverdue", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        run("run-reminders", t0.plusSeconds(70 * 60)).then().statusCode(200)
                .body("stageDueSoon", equalTo(0)).body("stageOverdue", equalTo(0));
        run("deliver-notifications", t0.plusSeconds(70 * 60)).then().statusCode(200);
        var told = RECEIVER.accepted("/centre-stages", number);
        assertEquals(2, told.size(), "once due soon, once overdue");
        assertTrue(told.stream().allMatch(d -> d.body().contains("\"stage\":\"DISPATCH\"")));
    }

    @Test
    void remindersEscalateByLevelOnceEachAndArriveSigned() {
        channel("DEPARTMENT", "SZC", "/szc");
        channel("COMMAND_CENTRE", null, "/centre");
        channel("LEADERSHIP", null, "/leaders");
        Instant t0 = Instant.parse("2030-01-07T01:00:00Z");
        String number = domainCases.dispatched("SZC", t0, 4);

        Instant soon = t0.plusSeconds(3 * 3600 + 1800); // 87.5 % of the limit
        run("run-reminders", soon).then().statusCode(200).body("dueSoon", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        run("run-reminders", soon).then().statusCode(200).body("dueSoon", equalTo(0)).body("overdue", equalTo(0))
                .body("escalated", equalTo(0)).body("notificationsQueued", equalTo(0));
        run("deliver-notifications", soon).then().statusCode(200);
        var delivered = RECEIVER.accepted("/szc", number);
        assertEquals(1, delivered.size(), "one due-soon reminder to the department");
        var d = delivered.get(0);
        assertTrue(d.body().contains("\"level\":\"DUE_SOON\""));
        assertEquals(hmacSha256(SECRET, d.header(WebhookSignature.TIMESTAMP) + "." + d.body()),
                d.header(WebhookSignature.SIGNATURE), "the HMAC-SHA256 signature verifies");
        assertEquals(soon.getEpochSecond(), Long.parseLong(d.header(WebhookSignature.TIMESTAMP)));

        Instant late = t0.plusSeconds(4 * 3600 + 60);
        run("run-reminders", late).then().statusCode(200).body("overdue", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        run("deliver-notifications", late).then().statusCode(200);
        assertEquals(2, RECEIVER.accepted("/szc", number).size());
        assertEquals(1, RECEIVER.accepted("/centre", number).size(), "overdue goes to the command centre too");

        Instant twice = t0.plusSeconds(8 * 3600 + 60);
        run("run-reminders", twice).then().statusCode(200).body("escalated", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        run("run-reminders", twice.plusSeconds(600)).then().statusCode(200).body("escalated", equalTo(0));
        run("deliver-notifications", twice).then().statusCode(200);
        assertEquals(1, RECEIVER.accepted("/leaders", number).size(), "twice the limit reaches leadership");
        assertEquals(1, reminders(number, "DUE_SOON"));
        assertEquals(1, reminders(number, "OVERDUE"));
        assertEquals(1, reminders(number, "LEADERSHIP"));
    }

    @Test
    void concurrentRunsActOnEachReminderOnce() throws Exception {
        channel("DEPARTMENT", "YLJ", "/ylj");
        Instant t0 = Instant.parse("2031-03-03T01:00:00Z");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(domainCases.dispatched("YLJ", t0, 10));
        }
        Instant at = t0.plusSeconds(8 * 3600);
        var pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(() -> run("run-reminders", at).then().statusCode(200).extract().path("dueSoon"));
        }
        int total = 0;
        for (Future<Integer> f : pool.invokeAll(runs)) {
            total += f.get();
        }
        pool.shutdown();
        assertEquals(5, total, "the four runs together recorded each case's due-soon once");
        for (String n : numbers) {
            assertEquals(1, reminders(n, "DUE_SOON"));
            assertEquals(1, TestInfra.count("select count(*) from outbox where payload like '%" + n + "%'"));
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsExactlyOneDelivery() {
        channel("DEPARTMENT", "HWC", "/hwc");
        RECEIVER.failFirst("/hwc", 2);
        Instant t0 = Instant.parse("2032-05-03T01:00:00Z");
        String number = domainCases.dispatched("HWC", t0, 4);
        Instant at = t0.plusSeconds(3 * 3600 + 1800);
        run("run-reminders", at).then().statusCode(200);
        run("deliver-notifications", at).then().statusCode(200).body("retrying", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        run("deliver-notifications", at.plusSeconds(10)).then().statusCode(200).body("attempted", equalTo(0));
        run("deliver-notifications", at.plusSeconds(31)).then().statusCode(200);          // backoff 30 s
        run("deliver-notifications", at.plusSeconds(31 + 61)).then().statusCode(200);     // then 60 s
        run("deliver-notifications", at.plusSeconds(400)).then().statusCode(200).body("attempted", equalTo(0));
        assertEquals(3, RECEIVER.to("/hwc").stream().filter(d -> d.body().contains(number)).count());
        assertEquals(1, RECEIVER.accepted("/hwc", number).size(), "exactly one delivery");
        assertEquals(1, TestInfra.count("select count(*) from outbox where payload like '%" + number
                + "%' and state = 'DELIVERED' and attempts = 3"));
    }

    @Test
    void aReceiverThatAlwaysFailsEndsInADeadLetterAnAdminCanRetryOrDiscard() {
        channel("DEPARTMENT", "GDGS", "/gdgs");
        RECEIVER.failFirst("/gdgs", 1000);
        Instant t0 = Instant.parse("2033-05-03T01:00:00Z");
        String number = domainCases.dispatched("GDGS", t0, 4);
        Instant at = t0.plusSeconds(3 * 3600 + 1800);
        run("run-reminders", at).then().statusCode(200);
        for (int attempt = 0; attempt < 5; attempt++) {
            at = at.plusSeconds(3600);
            run("deliver-notifications", at).then().statusCode(200);
        }
        assertEquals(1, TestInfra.count("select count(*) from outbox where payload like '%" + number
                + "%' and state = 'DEAD' and attempts = 5 and last_error = 'HTTP 503'"));
        int id = given().auth().oauth2(ADMIN).queryParam("state", "DEAD").get("/list-notifications").then().statusCode(200)
                .extract().path("find { it.payload.contains('" + number + "') }.id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("id", id)).post("/retry-notification")
                .then().statusCode(200).body("state", equalTo("PENDING")).body("attempts", equalTo(0));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("id", id)).post("/discard-notification")
                .then().statusCode(200).body("state", equalTo("DISCARDED"));
        run("deliver-notifications", at.plusSeconds(7200)).then().statusCode(200);
        assertEquals(5, RECEIVER.to("/gdgs").stream().filter(d -> d.body().contains(number)).count(),
                "a discarded message is not sent again");
    }

    @Test
    void aRunMayLookBackButNotAhead() {
        channel("DEPARTMENT", "RQGS", "/rqgs");
        Instant dispatched = Instant.now().minusSeconds(3 * 3600 + 1800);
        String number = domainCases.dispatched("RQGS", dispatched, 4); // 87.5 % of its 4 hours gone: due soon now
        Instant nextYear = Instant.now().plusSeconds(365L * 24 * 3600);
        for (String function : List.of("run-reminders", "deliver-notifications")) {
            given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON).body(Map.of("at", nextYear.toString()))
                    .post("/" + function).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("at"));
        }
        assertEquals(0, reminders(number, "OVERDUE"), "a refused future run records nothing");
        assertEquals(0, reminders(number, "DUE_SOON"));

        // looking back one hour: the case was not yet due soon then
        given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON)
                .body(Map.of("at", Instant.now().minusSeconds(3600).toString())).post("/run-reminders").then()
                .statusCode(200);
        assertEquals(0, reminders(number, "DUE_SOON"));
        Instant before = Instant.now();
        given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON).body("{}").post("/run-reminders").then()
                .statusCode(200);
        assertEquals(1, reminders(number, "DUE_SOON"));
        assertTrue(TestInfra.count("select count(*) from case_reminder r join city_case c on c.id = r.case_id where "
                + "c.case_number = '" + number + "' and r.at >= '" + before.minusSeconds(1) + "'") == 1,
                "the reminder is recorded at the real time of the run");

        // a delivery pass signs with the real clock even when it looks back
        given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON)
                .body(Map.of("at", Instant.now().plusSeconds(5).toString())).post("/deliver-notifications").then()
                .statusCode(200);
        var delivered = RECEIVER.accepted("/rqgs", number);
        assertEquals(1, delivered.size());
        long signedAt = Long.parseLong(delivered.get(0).header(WebhookSignature.TIMESTAMP));
        assertTrue(Math.abs(signedAt - Instant.now().getEpochSecond()) < 60, "signed now, not ahead");
    }

    @Test
    void triggersNeedTheirRoles() {
        given().contentType(ContentType.JSON).body("{}").post("/run-reminders").then().statusCode(401);
        given().auth().oauth2(Tokens.citizen("c")).contentType(ContentType.JSON).body("{}").post("/run-reminders").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("s", null, "screener")).contentType(ContentType.JSON).body("{}")
                .post("/deliver-notifications").then().statusCode(403);
        given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON).body("{\"at\":\"yesterday\"}")
                .post("/run-reminders").then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("ownerKind", "DEPARTMENT", "url", "ftp://x", "secret", "short")).post("/save-channel")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("url", "secret", "ownerCode"));
    }

    @Test
    void listChannelsShowsEveryChannelInOrderWithoutItsSecret() {
        channel("DEPARTMENT", "LIST-D1", "/list-a");
        channel("DEPARTMENT", "LIST-D2", "/list-b");
        var listed = given().auth().oauth2(ADMIN).get("/list-channels").then().statusCode(200).extract().jsonPath();
        List<Long> ids = listed.getList("id", Long.class);
        assertEquals(ids.stream().sorted().toList(), ids, "by id");
        assertEquals(List.of("DEPARTMENT LIST-D1 WEBHOOK true", "DEPARTMENT LIST-D2 WEBHOOK true"),
                listed.getList("findAll { it.url.contains('/list-') }", Map.class).stream()
                        .map(c -> c.get("ownerKind") + " " + c.get("ownerCode") + " " + c.get("kind") + " "
                                + c.get("active")).toList());
        assertEquals(List.of(), listed.getList("findAll { it.secret != null }"), "a secret is never shown back");
    }
}
