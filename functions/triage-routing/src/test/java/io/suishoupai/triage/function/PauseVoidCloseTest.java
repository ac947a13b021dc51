package io.suishoupai.triage.function;

import static io.restassured.RestAssured.given;
import static io.suishoupai.triage.function.Staff.ADMIN;
import static io.suishoupai.triage.function.Staff.HANDLER_SZC;
import static io.suishoupai.triage.function.Staff.HANDLER_YLJ;
import static io.suishoupai.triage.function.Staff.INSPECTOR;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

/**
 * Issue #17, item 6: parking (挂账), deferring (缓办), voiding (作废) and closing unresolved — each a leader's decision,
 * each refused to every other role, each on the public timeline with its reason.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class PauseVoidCloseTest {

    @Inject
    UploadSigner signer;

    static final String LEADER = Tokens.of("leader-1", null, "leader");

    static String until(int days) {
        return Instant.now().plus(Duration.ofDays(days)).toString();
    }

    static List<String> queue(String token, String queue) {
        return given().auth().oauth2(token).queryParam("queue", queue).queryParam("size", 100).get("/work-queue")
                .then().statusCode(200).extract().jsonPath().getList("items.caseNumber", String.class);
    }

    /** Events of the case into a state, with a public note like the pattern. */
    static long publicEvents(String number, String to, String notePattern) {
        return TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id where "
                + "c.case_number = '" + number + "' and e.to_state = '" + to + "' and e.public_note and e.note like '"
                + notePattern + "'");
    }

    /** A case of a reporter of its own (points are capped per reporter and day), filed and dispatched to YLJ. */
    static String dispatchedFor(String reporter) {
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter);
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", number, "departmentCode", "YLJ").then().statusCode(200);
        return number;
    }

    static String deadline(String number) {
        return TestInfra.string("select deadline from city_case where case_number = '" + number + "'");
    }

    @Test
    void aDepartmentAsksToParkALeaderApprovesAndAScreenerResumesWithAFreshTimeLimit() {
        String number = ExtensionTiersTest.dispatched();
        // as a client in the city writes it, with its offset
        String until = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).plusDays(30)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString(); // "…T13:08+08:00": no seconds
        act(HANDLER_SZC, "request-suspension", number, "reason", "等待管网改造", "until", until).then().statusCode(403)
                .body("code", equalTo("NOT_YOUR_DEPARTMENT"));
        act(HANDLER_YLJ, "request-suspension", number, "reason", "等待管网改造", "until", until).then().statusCode(200)
                .body("state", equalTo("DISPATCHED"))
                .body("pendingSuspension.reason", equalTo("等待管网改造"))
                .body("pendingSuspension.until", notNullValue());
        act(HANDLER_YLJ, "request-suspension", number, "reason", "再次申请", "until", until).then().statusCode(409)
                .body("code", equalTo("SUSPENSION_PENDING"));
        assertTrue(queue(LEADER, "APPROVALS").contains(number), "the leader's approvals queue holds the request");

        for (String wrong : List.of(SCREENER, HANDLER_YLJ, INSPECTOR, ADMIN)) {
            act(wrong, "decide-suspension", number, "approve", true).then().statusCode(403);
        }
        act(LEADER, "decide-suspension", number, "approve", true, "note", "同意").then().statusCode(200)
                .body("state", equalTo("SUSPENDED"))
                .body("resumeAt", notNullValue())
                .body("pendingSuspension", nullValue())
                .body("timeline[-1].note", startsWith("挂账至 "));
        assertFalse(queue(LEADER, "APPROVALS").contains(number));
        assertTrue(queue(SCREENER, "PARKED").contains(number));
        assertTrue(queue(LEADER, "PARKED").contains(number));
        given().auth().oauth2(HANDLER_YLJ).queryParam("queue", "PARKED").get("/work-queue").then().statusCode(403);
        // the public sees the pause and its reason (the request itself was the department's word to the centre)
        assertEquals(1, publicEvents(number, "SUSPENDED", "挂账至 %"));
        assertEquals(0, publicEvents(number, "DISPATCHED", "申请挂账至 %"));

        // parked: the department cannot report it fixed, nobody but a screener or leader ends the pause
        act(HANDLER_YLJ, "report-disposal", number, "media", List.of()).then().statusCode(422);
        act(HANDLER_YLJ, "resume-case", number).then().statusCode(403);
        act(INSPECTOR, "resume-case", number).then().statusCode(403);
        TestInfra.execute("update city_case set deadline = now() - interval '1 day' where case_number = '" + number + "'");
        act(SCREENER, "resume-case", number, "note", "管网已完工").then().statusCode(200)
                .body("state", equalTo("DISPATCHED")).body("resumeAt", nullValue())
                .body("timeline[-1].note", equalTo("结束挂账，恢复处置：管网已完工"));
        assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + number
                + "' and deadline > now() and dispatched_at > now() - interval '1 minute'"),
                "the disposal limit counts afresh from the resumption");
        act(SCREENER, "resume-case", number).then().statusCode(422).body("code", equalTo("INVALID_TRANSITION"));
    }

    @Test
    void aRefusedRequestAndAStaleOneParkNothing() {
        String number = ExtensionTiersTest.dispatched();
        act(HANDLER_YLJ, "request-suspension", number, "reason", "雨季", "until", until(10)).then().statusCode(200);
        String before = deadline(number);
        act(LEADER, "decide-suspension", number, "approve", false, "note", "请先临时处置").then().statusCode(200)
                .body("state", equalTo("DISPATCHED"));
        assertEquals(before, deadline(number));
        act(LEADER, "decide-suspension", number, "approve", true).then().statusCode(422)
                .body("code", equalTo("NO_PENDING_SUSPENSION"));

        // a request does not outlive the department's stay: returned and dispatched again, it is gone
        act(HANDLER_YLJ, "request-suspension", number, "reason", "雨季", "until", until(10)).then().statusCode(200);
        act(HANDLER_YLJ, "return-case", number, "reason", "非本部门职责").then().statusCode(200);
        act(SCREENER, "dispatch-case", number, "departmentCode", "YLJ").then().statusCode(200);
        act(LEADER, "decide-suspension", number, "approve", true).then().statusCode(422)
                .body("code", equalTo("NO_PENDING_SUSPENSION"));
    }

    @Test
    void untilMustLieAheadAndNotTooFar() {
        String number = ExtensionTiersTest.dispatched();
        act(HANDLER_YLJ, "request-suspension", number, "reason", "雨季", "until", until(-1)).then().statusCode(400)
                .body("errors[0].field", equalTo("until"));
        act(HANDLER_YLJ, "request-suspension", number, "reason", "雨季", "until", until(400)).then().statusCode(400);
        act(HANDLER_YLJ, "request-suspension", number, "reason", "雨季").then().statusCode(400);
        act(LEADER, "defer-case", number, "reason", "雨季", "until", "not-a-date").then().statusCode(400);
        assertEquals("DISPATCHED", TestCases.state(number));
    }

    @Test
    void aLeaderDefersAndTheWrongRolesCannot() {
        String number = ExtensionTiersTest.dispatched();
        for (String wrong : List.of(SCREENER, HANDLER_YLJ, INSPECTOR, ADMIN)) {
            act(wrong, "defer-case", number, "reason", "雨季施工困难", "until", until(20)).then().statusCode(403);
        }
        act(LEADER, "defer-case", number, "reason", "雨季施工困难", "until", until(20)).then().statusCode(200)
                .body("state", equalTo("DEFERRED")).body("timeline[-1].note", startsWith("缓办至 "));
        act(LEADER, "resume-case", number).then().statusCode(200).body("state", equalTo("DISPATCHED"))
                .body("timeline[-1].note", equalTo("结束缓办，恢复处置"));
        // a case not yet dispatched cannot be deferred
        String filed = TestCases.submitted("01-04-02");
        act(SCREENER, "screen-case", filed, "decision", "FILE").then().statusCode(200);
        act(LEADER, "defer-case", filed, "reason", "雨季", "until", until(20)).then().statusCode(422)
                .body("code", equalTo("INVALID_TRANSITION"));
    }

    @Test
    void aLeaderVoidsAFiledCaseForGoodWithAPublicReason() {
        String submitted = TestCases.submitted("01-04-02");
        act(LEADER, "void-case", submitted, "reason", "虚假信息").then().statusCode(422)
                .body("code", equalTo("INVALID_TRANSITION"));
        String number = ExtensionTiersTest.dispatched();
        act(HANDLER_YLJ, "request-extension", number, "hours", 24, "reason", "需吊车").then().statusCode(200);
        for (String wrong : List.of(SCREENER, HANDLER_YLJ, INSPECTOR, ADMIN)) {
            act(wrong, "void-case", number, "reason", "虚假信息").then().statusCode(403);
        }
        act(LEADER, "void-case", number, "reason", "经核实为虚假信息").then().statusCode(200)
                .body("state", equalTo("VOIDED"));
        assertEquals(1, publicEvents(number, "VOIDED", "作废：经核实为虚假信息"));
        assertEquals(0, TestInfra.count("select count(*) from extension_request e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + number + "' and e.state = 'PENDING'"), "a waiting extension goes with it");
        act(LEADER, "void-case", number, "reason", "again").then().statusCode(422);
        act(LEADER, "close-unresolved", number, "reason", "again").then().statusCode(422);
        act(SCREENER, "resume-case", number).then().statusCode(422);
    }

    @Test
    void aLeaderClosesACaseUnresolvedAndThePublicSeesWhy() {
        String number = ExtensionTiersTest.dispatched();
        for (String wrong : List.of(SCREENER, HANDLER_YLJ, INSPECTOR, ADMIN)) {
            act(wrong, "close-unresolved", number, "reason", "产权不明").then().statusCode(403);
        }
        act(LEADER, "close-unresolved", number, "reason", "产权单位不明，无法处置").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("outcome", equalTo("UNRESOLVED"));
        assertEquals(1, publicEvents(number, "CLOSED", "无法解决，结案：产权单位不明，无法处置"));
        // not from screening: a report never filed is not-filed, not "closed unresolved"
        String submitted = TestCases.submitted("01-04-02");
        act(LEADER, "close-unresolved", submitted, "reason", "x").then().statusCode(422)
                .body("code", equalTo("INVALID_TRANSITION"));
        // a parked case may be closed unresolved too
        String parked = ExtensionTiersTest.dispatched();
        act(LEADER, "defer-case", parked, "reason", "等待拆迁", "until", until(60)).then().statusCode(200);
        act(LEADER, "close-unresolved", parked, "reason", "拆迁取消").then().statusCode(200)
                .body("outcome", equalTo("UNRESOLVED")).body("resumeAt", nullValue());
    }

    @Test
    void aVerifiedFixIsResolvedAndNoClosureBonusIsPaidForAnUnresolvedOne() {
        String fixed = dispatchedFor("citizen-unresolved-" + java.util.UUID.randomUUID());
        act(HANDLER_YLJ, "report-disposal", fixed, "media", List.of(Uploads.upload(signer, "handler-ylj", MediaType.JPEG,
                SampleMedia.jpeg(3000)))).then().statusCode(200).body("state", equalTo("DISPOSED"));
        act(LEADER, "close-unresolved", fixed, "reason", "仍无法解决").then().statusCode(200)
                .body("outcome", equalTo("UNRESOLVED"));
        assertEquals(0, TestInfra.count("select count(*) from points_entry where case_number = '" + fixed
                + "' and reason = 'CLOSED'"), "nothing was fixed: no closure bonus");
        assertEquals(1, TestInfra.count("select count(*) from points_entry where case_number = '" + fixed
                + "' and reason = 'FILED'"), "the report itself was valid: its filing points stay");
    }
}
