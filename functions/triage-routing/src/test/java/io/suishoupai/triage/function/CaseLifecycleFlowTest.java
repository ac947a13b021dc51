package io.suishoupai.triage.function;

import static io.restassured.RestAssured.given;
import static io.suishoupai.triage.function.Staff.HANDLER_SZC;
import static io.suishoupai.triage.function.Staff.HANDLER_YLJ;
import static io.suishoupai.triage.function.Staff.INSPECTOR;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static io.suishoupai.triage.function.Staff.command;
import static io.suishoupai.triage.function.Staff.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class CaseLifecycleFlowTest {

    static final String TREE = "01-04-02"; // default department YLJ, 24 calendar hours

    @Inject
    UploadSigner signer;

    String afterPhoto(String handlerId) {
        return Uploads.upload(signer, handlerId, MediaType.JPEG, SampleMedia.jpeg(3000));
    }

    String dispatched() {
        String number = TestCases.submitted(TREE);
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", number).then().statusCode(200);
        return number;
    }

    String disposed() {
        String number = dispatched();
        act(HANDLER_YLJ, "report-disposal", number, "note", "已处理", "media", List.of(afterPhoto("handler-ylj")))
                .then().statusCode(200);
        return number;
    }

    @Test
    void aCaseGoesFromReportToClosure() {
        String number = TestCases.submitted(TREE);
        act(SCREENER, "screen-case", number, "decision", "FILE", "reason", "符合立案条件").then().statusCode(200)
                .body("state", equalTo("FILED")).body("version", equalTo(1)).body("view", equalTo("STAFF"));
        act(SCREENER, "dispatch-case", number).then().statusCode(200)
                .body("state", equalTo("DISPATCHED"))
                .body("department.code", equalTo("YLJ"))
                .body("deadline", notNullValue());
        String photo = afterPhoto("handler-ylj");
        act(HANDLER_YLJ, "report-disposal", number, "note", "已扶正加固", "media", List.of(photo)).then()
                .statusCode(200).body("state", equalTo("DISPOSED"));
        act(INSPECTOR, "verify-case", number, "passed", true, "note", "现场核查通过").then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("timeline.state", org.hamcrest.Matchers.contains("SUBMITTED", "FILED", "DISPATCHED", "DISPOSED",
                        "CLOSED"));
        assertEquals(5, TestCases.events(number), "one event row per step");
        assertEquals(1, TestInfra.count("select count(*) from case_media where object_key = '" + photo
                + "' and stage = 'DISPOSAL'"));
    }

    @Test
    void notFiledNeedsAReasonTheCitizenSees() {
        String number = TestCases.submitted(TREE);
        act(SCREENER, "screen-case", number, "decision", "NOT_FILE").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        act(SCREENER, "screen-case", number, "decision", "NOT_FILE", "reason", "不属于城市管理范围").then()
                .statusCode(200).body("state", equalTo("NOT_FILED")).body("timeline[1].note", equalTo("不属于城市管理范围"));
    }

    @Test
    void everyIllegalTransitionIs422NamingTheCurrentState() {
        String submitted = TestCases.submitted(TREE);
        act(SCREENER, "dispatch-case", submitted).then().statusCode(422).body("code", equalTo("INVALID_TRANSITION"))
                .body("detail", containsString("SUBMITTED"));
        act(INSPECTOR, "verify-case", submitted, "passed", true).then().statusCode(422)
                .body("detail", containsString("SUBMITTED"));

        String dispatched = dispatched();
        act(SCREENER, "screen-case", dispatched, "decision", "FILE").then().statusCode(422)
                .body("code", equalTo("INVALID_TRANSITION")).body("detail", containsString("DISPATCHED"));
        act(INSPECTOR, "verify-case", dispatched, "passed", true).then().statusCode(422)
                .body("detail", containsString("DISPATCHED"));
        act(SCREENER, "dispatch-case", dispatched).then().statusCode(422).body("detail", containsString("DISPATCHED"));

        String disposed = disposed();
        act(HANDLER_YLJ, "return-case", disposed, "reason", "不是我们的").then().statusCode(422)
                .body("detail", containsString("DISPOSED"));
        act(HANDLER_YLJ, "report-disposal", disposed, "media", List.of(afterPhoto("handler-ylj"))).then()
                .statusCode(422).body("detail", containsString("DISPOSED"));

        act(INSPECTOR, "verify-case", disposed, "passed", true).then().statusCode(200);
        act(SCREENER, "screen-case", disposed, "decision", "NOT_FILE", "reason", "x").then().statusCode(422)
                .body("detail", containsString("CLOSED"));
        act(HANDLER_YLJ, "request-extension", disposed, "hours", 4, "reason", "x").then().statusCode(422)
                .body("detail", containsString("CLOSED"));
        assertEquals("CLOSED", TestCases.state(disposed));
    }

    @Test
    void aHandlerActsOnlyOnItsOwnDepartmentsCases() {
        String number = dispatched();
        long events = TestCases.events(number);
        act(HANDLER_SZC, "return-case", number, "reason", "不是我们的").then().statusCode(403)
                .body("code", equalTo("NOT_YOUR_DEPARTMENT"));
        act(HANDLER_SZC, "report-disposal", number, "media", List.of(afterPhoto("handler-szc"))).then()
                .statusCode(403).body("code", equalTo("NOT_YOUR_DEPARTMENT"));
        act(HANDLER_SZC, "request-extension", number, "hours", 4, "reason", "x").then().statusCode(403);
        assertEquals(events, TestCases.events(number));
        assertEquals("DISPATCHED", TestCases.state(number));
    }

    @Test
    void rolesAreChecked() {
        String number = TestCases.submitted(TREE);
        act(null, "screen-case", number, "decision", "FILE").then().statusCode(401);
        act(Tokens.citizen("citizen-9"), "screen-case", number, "decision", "FILE").then().statusCode(403);
        act(HANDLER_YLJ, "screen-case", number, "decision", "FILE").then().statusCode(403);
        act(INSPECTOR, "dispatch-case", number).then().statusCode(403);
        act(SCREENER, "verify-case", number, "passed", true).then().statusCode(403);
        act(SCREENER, "report-disposal", number, "media", List.of()).then().statusCode(403);
        assertEquals("SUBMITTED", TestCases.state(number));
    }

    @Test
    void whenStaffActOnOneCaseAtOnceExactlyOneWins() throws Exception {
        for (boolean withVersion : new boolean[] {true, false}) {
            String number = TestCases.submitted(TREE);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String token = Tokens.of("screener-race-" + i, null, "screener");
                Map<String, Object> body = withVersion ? command(number, "decision", "FILE", "expectedVersion", 0)
                        : command(number, "decision", i % 2 == 0 ? "FILE" : "NOT_FILE", "reason", "race");
                racers.add(() -> post(token, "screen-case", body).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(racers)) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one winner: " + statuses);
            if (withVersion) {
                assertEquals(5, statuses.stream().filter(s -> s == 409).count(), "the others 409: " + statuses);
            } else {
                assertEquals(5, statuses.stream().filter(s -> s == 409 || s == 422).count(), statuses.toString());
            }
            assertEquals(2, TestCases.events(number), "one event for the one change");
        }
    }

    @Test
    void aStaleVersionIs409() {
        String number = TestCases.submitted(TREE);
        act(SCREENER, "screen-case", number, "decision", "FILE", "expectedVersion", 0).then().statusCode(200);
        act(SCREENER, "dispatch-case", number, "expectedVersion", 0).then().statusCode(409)
                .body("code", equalTo("CONCURRENT_UPDATE"));
        act(SCREENER, "dispatch-case", number, "expectedVersion", 1).then().statusCode(200);
    }

    @Test
    void aRetriedCommandReturnsTheFirstAnswerAndChangesNothing() {
        String number = TestCases.submitted(TREE);
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        Map<String, Object> dispatch = command(number);
        post(SCREENER, "dispatch-case", dispatch).then().statusCode(200).body("version", equalTo(2));
        long events = TestCases.events(number);
        post(SCREENER, "dispatch-case", dispatch).then().statusCode(200).body("state", equalTo("DISPATCHED"))
                .body("version", equalTo(2));
        assertEquals(events, TestCases.events(number));
        dispatch.put("departmentCode", "SZC");
        post(SCREENER, "dispatch-case", dispatch).then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aReturnedCaseIsReDispatched() {
        String number = dispatched();
        act(HANDLER_YLJ, "return-case", number, "reason", "属于市政设施").then().statusCode(200)
                .body("state", equalTo("RETURNED"));
        act(SCREENER, "dispatch-case", number, "departmentCode", "SZC").then().statusCode(200)
                .body("state", equalTo("DISPATCHED")).body("department.code", equalTo("SZC"));
        act(HANDLER_YLJ, "return-case", number, "reason", "again").then().statusCode(403);
        act(SCREENER, "dispatch-case", TestCases.submitted(TREE), "departmentCode", "NOPE").then().statusCode(422);
    }

    @Test
    void aPendingExtensionLeavesWithTheDepartmentThatAskedForIt() {
        String number = dispatched();
        act(HANDLER_YLJ, "request-extension", number, "hours", 48, "reason", "需吊车").then().statusCode(200);
        act(HANDLER_YLJ, "return-case", number, "reason", "属于市政设施").then().statusCode(200);
        act(SCREENER, "dispatch-case", number, "departmentCode", "SZC").then().statusCode(200);
        // the new department asks for its own time; YLJ's 48 hours are not there to approve
        act(HANDLER_SZC, "request-extension", number, "hours", 4, "reason", "需协调").then().statusCode(200);
        act(SCREENER, "decide-extension", number, "approve", true).then().statusCode(200);
        assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + number
                + "' and extension_hours = 4"));
        assertEquals(1, TestInfra.count("select count(*) from extension_request e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + number + "' and e.hours = 48 and e.state = 'REJECTED' and e.decided_by = 'system'"));
    }

    @Test
    void returnAndReworkNotesStayOffThePublicTimeline() {
        String returned = dispatched();
        act(HANDLER_YLJ, "return-case", returned, "reason", "不是我们的活").then().statusCode(200);
        String reworked = disposed();
        act(INSPECTOR, "verify-case", reworked, "passed", false, "note", "树桩未清理").then().statusCode(200);
        // public views print an event's note only where public_note is set (CaseViews)
        assertEquals(0, TestInfra.count("select count(*) from case_event where public_note and note in "
                + "('不是我们的活', '树桩未清理')"));
        assertEquals(2, TestInfra.count("select count(*) from case_event where note in ('不是我们的活', '树桩未清理')"));
    }

    @Test
    void reworkKeepsTheDeadlineAndIsCounted() {
        String number = disposed();
        String deadline = TestInfra.string("select deadline from city_case where case_number = '" + number + "'");
        act(INSPECTOR, "verify-case", number, "passed", false).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        act(INSPECTOR, "verify-case", number, "passed", false, "note", "树仍倾斜，返工").then().statusCode(200)
                .body("state", equalTo("DISPATCHED")).body("reworkCount", equalTo(1))
                .body("department.code", equalTo("YLJ"));
        assertEquals(deadline, TestInfra.string("select deadline from city_case where case_number = '" + number + "'"));
        act(HANDLER_YLJ, "report-disposal", number, "media", List.of(afterPhoto("handler-ylj"))).then().statusCode(200);
        act(INSPECTOR, "verify-case", number, "passed", true).then().statusCode(200).body("state", equalTo("CLOSED"))
                .body("reworkCount", equalTo(1));
    }

    @Test
    void anApprovedExtensionMovesTheDeadline() {
        String number = dispatched();
        String before = TestInfra.string("select deadline from city_case where case_number = '" + number + "'");
        act(SCREENER, "decide-extension", number, "approve", true).then().statusCode(422)
                .body("code", equalTo("NO_PENDING_EXTENSION"));
        act(HANDLER_YLJ, "request-extension", number, "hours", 12, "reason", "需吊车").then().statusCode(200);
        act(HANDLER_YLJ, "request-extension", number, "hours", 6, "reason", "again").then().statusCode(409)
                .body("code", equalTo("EXTENSION_PENDING"));
        // the screener's EXTENSIONS queue holds it while the request waits, and only then
        given().auth().oauth2(SCREENER).queryParam("queue", "EXTENSIONS").queryParam("size", 100).get("/work-queue")
                .then().statusCode(200).body("items.caseNumber", hasItem(number));
        given().auth().oauth2(HANDLER_YLJ).queryParam("queue", "EXTENSIONS").get("/work-queue").then().statusCode(403);
        act(SCREENER, "decide-extension", number, "approve", true, "note", "同意").then().statusCode(200)
                .body("state", equalTo("DISPATCHED"));
        given().auth().oauth2(SCREENER).queryParam("queue", "EXTENSIONS").queryParam("size", 100).get("/work-queue")
                .then().statusCode(200).body("items.caseNumber", not(hasItem(number)));
        assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + number
                + "' and deadline = timestamptz '" + before + "' + interval '12 hours' and extension_hours = 12"));

        act(HANDLER_YLJ, "request-extension", number, "hours", 24, "reason", "再延").then().statusCode(200);
        act(SCREENER, "decide-extension", number, "approve", false, "note", "不同意").then().statusCode(200);
        assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + number
                + "' and extension_hours = 12"));
        assertEquals(1, TestInfra.count("select count(*) from extension_request e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + number + "' and e.state = 'REJECTED'"));
    }

    @Test
    void aDuplicateIsMergedIntoAnOpenCaseAndFollowsIt() {
        String master = dispatched();
        String copy = TestCases.submitted(TREE);
        act(SCREENER, "screen-case", copy, "decision", "DUPLICATE").then().statusCode(400)
                .body("errors[0].field", equalTo("duplicateOf"));
        act(SCREENER, "screen-case", copy, "decision", "DUPLICATE", "duplicateOf", copy).then().statusCode(422)
                .body("code", equalTo("INVALID_DUPLICATE_TARGET"));
        act(SCREENER, "screen-case", copy, "decision", "DUPLICATE", "duplicateOf", master).then().statusCode(200)
                .body("state", equalTo("DUPLICATE")).body("duplicateOf", equalTo(master))
                .body("masterState", equalTo("DISPATCHED"));

        String closed = disposed();
        act(INSPECTOR, "verify-case", closed, "passed", true).then().statusCode(200);
        act(SCREENER, "screen-case", TestCases.submitted(TREE), "decision", "DUPLICATE", "duplicateOf", closed)
                .then().statusCode(422).body("code", equalTo("INVALID_DUPLICATE_TARGET"));
    }

    @Test
    void theReporterIsToldWhenTheirCaseIsFiledDispatchedAndClosedInTheSameTransaction() {
        TestInfra.execute("insert into notification_channel (owner_kind, owner_code, kind, url, secret) values "
                + "('CITIZEN', '', 'WEBHOOK', 'http://127.0.0.1:9/citizen-gateway', 'citizen-gateway-secret') "
                + "on conflict do nothing");
        String number = TestCases.submitted(TREE, 29.8421, 114.3225, "citizen-told");
        act(SCREENER, "screen-case", number, "decision", "FILE", "reason", "已立案").then().statusCode(200);
        act(SCREENER, "dispatch-case", number).then().statusCode(200);
        act(HANDLER_YLJ, "request-extension", number, "hours", 2, "reason", "内部").then().statusCode(200);
        act(HANDLER_YLJ, "report-disposal", number, "media", List.of(afterPhoto("handler-ylj"))).then().statusCode(200);
        act(INSPECTOR, "verify-case", number, "passed", false, "note", "返工").then().statusCode(200);
        act(HANDLER_YLJ, "report-disposal", number, "media", List.of(afterPhoto("handler-ylj"))).then().statusCode(200);
        act(INSPECTOR, "verify-case", number, "passed", true, "note", "核查通过").then().statusCode(200);
        String states = TestInfra.string("select string_agg(state, ',' order by id) from citizen_notice "
                + "where kind = 'STATE' and account_id = 'citizen-told' and case_number = '" + number + "'");
        assertEquals("FILED,DISPATCHED,CLOSED", states, "news for the citizen, not the city's internal steps");
        assertEquals(1, TestInfra.count("select count(*) from citizen_notice where case_number = '" + number
                + "' and note = '已立案' and account_id = 'citizen-told' and reason = 'CASE'"));

        String rejected = TestCases.submitted(TREE, 29.8421, 114.3225, "citizen-told");
        act(SCREENER, "screen-case", rejected, "decision", "NOT_FILE", "reason", "不属于受理范围").then().statusCode(200);
        assertEquals(1, TestInfra.count("select count(*) from citizen_notice where case_number = '" + rejected
                + "' and state = 'NOT_FILED' and note like '%不属于受理范围%'"));

        long before = TestInfra.count("select count(*) from citizen_notice");
        act(SCREENER, "screen-case", TestCases.submitted(TREE), "decision", "NOT_FILE").then().statusCode(400);
        assertEquals(before, TestInfra.count("select count(*) from citizen_notice"), "a refused change tells no one");
    }

    @Test
    void malformedCommandsAre400() {
        post(SCREENER, "screen-case", Map.of("caseNumber", "XN-1")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(SCREENER).contentType("application/json").body("{\"decision\":\"MAYBE\"}")
                .post("/screen-case").then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        act(SCREENER, "screen-case", "XN-20990101-000001", "decision", "FILE").then().statusCode(404)
                .body("code", equalTo("CASE_NOT_FOUND"));
    }
}
