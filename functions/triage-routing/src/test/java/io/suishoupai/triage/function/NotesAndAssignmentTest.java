package io.suishoupai.triage.function;

import static io.restassured.RestAssured.given;
import static io.suishoupai.triage.function.Staff.ADMIN;
import static io.suishoupai.triage.function.Staff.HANDLER_SZC;
import static io.suishoupai.triage.function.Staff.HANDLER_YLJ;
import static io.suishoupai.triage.function.Staff.INSPECTOR;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static io.suishoupai.triage.function.Staff.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * Issue #18, items 4–5: staff progress notes, response templates (named by a move, or automatic), and assignment
 * inside a department by its lead, with the handler's MINE queue and the inspectors' queue by distance.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class NotesAndAssignmentTest {

    static final String LEAD_YLJ = Tokens.lead("lead-ylj", "YLJ");

    static String reporter() {
        return "citizen-na-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String dispatchedToYlj() {
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", number, "departmentCode", "YLJ").then().statusCode(200);
        return number;
    }

    static long events(String number, String where) {
        return TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id where "
                + "c.case_number = '" + number + "' and " + where);
    }

    @Test
    void publicNotesReachThePublicTimelineAndTheFollowersInternalOnesDoNot() {
        TestInfra.execute("insert into notification_channel (owner_kind, owner_code, kind, url, secret) values "
                + "('CITIZEN', '', 'WEBHOOK', 'http://127.0.0.1:9/citizen-gateway', 'citizen-gateway-secret') "
                + "on conflict do nothing");
        String number = dispatchedToYlj();
        act(HANDLER_YLJ, "add-case-note", number, "note", "已安排施工队，明天上午处理", "public", true).then()
                .statusCode(200).body("timeline[-1].note", equalTo("已安排施工队，明天上午处理"));
        act(HANDLER_YLJ, "add-case-note", number, "note", "需要借用升降车", "public", false).then().statusCode(200);
        given().get("/get-case?caseNumber=" + number).then().statusCode(404); // get-case lives in status-query
        assertEquals(1, events(number, "e.note = '已安排施工队，明天上午处理' and e.public_note"));
        assertEquals(1, events(number, "e.note = '需要借用升降车' and not e.public_note"));
        assertEquals(1, TestInfra.count("select count(*) from citizen_notice where case_number = '" + number
                + "' and kind = 'NOTE' and note = '已安排施工队，明天上午处理'"), "the reporter hears of the public note");
        assertEquals(0, TestInfra.count("select count(*) from citizen_notice where case_number = '" + number
                + "' and note = '需要借用升降车'"));

        act(HANDLER_SZC, "add-case-note", number, "note", "不是我们的", "public", false).then().statusCode(403)
                .body("code", equalTo("NOT_YOUR_DEPARTMENT"));
        act(HANDLER_YLJ, "add-case-note", number, "public", true).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        act(HANDLER_YLJ, "add-case-note", number, "note", "公开吗").then().statusCode(400)
                .body("errors[0].field", equalTo("public"));
        act(Tokens.citizen(reporter()), "add-case-note", number, "note", "x", "public", true).then().statusCode(403);
    }

    @Test
    void aMoveNamesATemplateAndAMoveWithoutANoteGetsItsStatesTemplate() {
        post(ADMIN, "save-template", Map.of("code", "filed-std", "state", "FILED",
                "text", "您反映的问题已立案（{caseNumber}），我们将尽快派遣处置。")).then().statusCode(200)
                .body("active", equalTo(true));
        post(ADMIN, "save-template", Map.of("code", "dispatched-tree", "state", "DISPATCHED", "categoryCode", "01-04-02",
                "text", "已派{department}处置，时限至{deadline}。")).then().statusCode(200);
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        act(SCREENER, "screen-case", number, "decision", "FILE", "templateCode", "filed-std").then().statusCode(200)
                .body("timeline[-1].note", equalTo("您反映的问题已立案（" + number + "），我们将尽快派遣处置。"));
        // no note given: the state's template for the category, filled, is the public note
        act(SCREENER, "dispatch-case", number, "departmentCode", "YLJ").then().statusCode(200);
        assertEquals(1, events(number, "e.to_state = 'DISPATCHED' and e.public_note and e.note like '已派%处置，时限至2%'"));
        assertEquals(0, events(number, "e.note like '%{department}%'"));

        String other = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        act(SCREENER, "screen-case", other, "decision", "FILE", "templateCode", "no-such-template").then()
                .statusCode(422).body("code", equalTo("UNKNOWN_TEMPLATE"));
        assertEquals("SUBMITTED", TestCases.state(other), "nothing moved");
        post(ADMIN, "save-template", Map.of("code", "filed-std", "state", "FILED", "text", "x", "active", false))
                .then().statusCode(200);
        act(SCREENER, "screen-case", other, "decision", "FILE", "templateCode", "filed-std").then().statusCode(422)
                .body("code", equalTo("UNKNOWN_TEMPLATE"));
        act(HANDLER_YLJ, "add-case-note", number, "templateCode", "dispatched-tree", "public", true).then()
                .statusCode(200).body("timeline[-1].note", org.hamcrest.Matchers.startsWith("已派"));

        post(ADMIN, "save-template", Map.of("code", "bad", "state", "NOT_A_STATE", "text", "x")).then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        post(ADMIN, "save-template", Map.of("code", "bad", "state", "FILED", "categoryCode", "99-99-99", "text", "x"))
                .then().statusCode(422).body("code", equalTo("UNKNOWN_CATEGORY"));
        post(SCREENER, "save-template", Map.of("code", "mine", "state", "FILED", "text", "x")).then().statusCode(403);
        given().auth().oauth2(HANDLER_YLJ).get("/list-templates").then().statusCode(200)
                .body("code", hasItem("dispatched-tree"));
        // the other tests of this module read the standard dispatch wording
        post(ADMIN, "save-template", Map.of("code", "dispatched-tree", "state", "DISPATCHED", "text", "x",
                "active", false)).then().statusCode(200);
    }

    @Test
    void aLeadAssignsToAHandlerOfTheDepartmentWhoFindsItInMine() {
        String handler = "handler-ylj-a" + UUID.randomUUID().toString().substring(0, 4);
        String colleague = "handler-ylj-b" + UUID.randomUUID().toString().substring(0, 4);
        String handlerToken = Tokens.of(handler, "YLJ", "handler");
        // handlers join the department's roster when they open its queue
        given().auth().oauth2(handlerToken).get("/work-queue?queue=DEPARTMENT").then().statusCode(200);
        given().auth().oauth2(Tokens.of(colleague, "YLJ", "handler")).get("/work-queue?queue=MINE").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.of("handler-szc-x", "SZC", "handler")).get("/work-queue?queue=DEPARTMENT").then()
                .statusCode(200);
        String number = dispatchedToYlj();

        act(HANDLER_YLJ, "assign-case", number, "assigneeId", handler).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        act(LEAD_YLJ, "assign-case", number, "assigneeId", "handler-szc-x").then().statusCode(422)
                .body("code", equalTo("UNKNOWN_ASSIGNEE"));
        act(LEAD_YLJ, "assign-case", number, "assigneeId", "nobody-at-all").then().statusCode(422)
                .body("code", equalTo("UNKNOWN_ASSIGNEE"));
        act(LEAD_YLJ, "assign-case", number, "assigneeId", handler).then().statusCode(200)
                .body("assigneeId", equalTo(handler));
        given().auth().oauth2(handlerToken).get("/work-queue?queue=MINE").then().statusCode(200)
                .body("items.caseNumber", hasItem(number)).body("items.find { it.caseNumber == '" + number
                        + "' }.assigneeId", equalTo(handler));

        act(LEAD_YLJ, "assign-case", number, "assigneeId", colleague).then().statusCode(200);
        given().auth().oauth2(handlerToken).get("/work-queue?queue=MINE").then().statusCode(200)
                .body("items.caseNumber", not(hasItem(number)));
        assertEquals(1, events(number, "e.note = '指派给 " + handler + "' and not e.public_note"));
        assertEquals(1, events(number, "e.note = '改派：" + handler + " → " + colleague + "' and not e.public_note"));

        given().auth().oauth2(LEAD_YLJ).get("/department-members").then().statusCode(200)
                .body("find { it.accountId == '" + colleague + "' }.assigned", equalTo(1))
                .body("accountId", not(hasItem("handler-szc-x")));
        given().auth().oauth2(Tokens.of("handler-szc-x", "SZC", "handler")).get("/department-members").then()
                .statusCode(200).body("accountId", not(hasItem(colleague)));

        // the lead of another department cannot touch it
        act(Tokens.lead("lead-szc", "SZC"), "assign-case", number, "assigneeId", "handler-szc-x").then()
                .statusCode(403).body("code", equalTo("NOT_YOUR_DEPARTMENT"));
    }

    @Test
    void inspectorsSeeTheNearestFirstAndScreenersTheMostSupportedFirst() {
        String north = TestCases.submitted("01-04-02", 29.8800, 114.3225, reporter());
        String here = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        TestInfra.execute("update city_case set state = 'CHECKING' where case_number in ('" + north + "', '" + here + "')");
        List<String> byDistance = given().auth().oauth2(INSPECTOR)
                .get("/work-queue?queue=CHECK&size=100&near=29.8420,114.3226").then().statusCode(200)
                .extract().jsonPath().getList("items.caseNumber", String.class);
        assertEquals(true, byDistance.indexOf(here) < byDistance.indexOf(north), "nearest first: " + byDistance);
        given().auth().oauth2(INSPECTOR).get("/work-queue?queue=CHECK&size=100&near=29.8420,114.3226").then()
                .body("items.find { it.caseNumber == '" + here + "' }.distanceMeters", org.hamcrest.Matchers.lessThan(30));
        given().auth().oauth2(INSPECTOR).get("/work-queue?queue=CHECK&near=29.84").then().statusCode(400)
                .body("errors[0].field", equalTo("near"));

        String quiet = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        String loud = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        for (int i = 0; i < 3; i++) {
            TestInfra.execute("insert into case_support (case_id, account_id, at) select id, 'supporter-" + i
                    + "', now() from city_case where case_number = '" + loud + "'");
        }
        List<String> bySupport = given().auth().oauth2(SCREENER).get("/work-queue?queue=SCREENING&size=5&sort=SUPPORTERS")
                .then().statusCode(200).body("items[0].supporters", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .extract().jsonPath().getList("items.caseNumber", String.class);
        assertEquals(true, bySupport.contains(loud) && !bySupport.contains(quiet) || bySupport.indexOf(loud) == 0
                || bySupport.indexOf(loud) < bySupport.indexOf(quiet), "most supported first: " + bySupport);
        given().auth().oauth2(SCREENER).get("/work-queue?queue=SCREENING&sort=LOUDEST").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }
}
