package io.suishoupai.triage.function;

import static io.restassured.RestAssured.given;
import static io.suishoupai.triage.function.Staff.HANDLER_YLJ;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * Issue #17, two-tier extensions (延期): a screener approves a case's first extension of up to 72 hours; a second
 * one, or a longer one, is a leader's (403 NEEDS_LEADER for a screener, who may still refuse it).
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class ExtensionTiersTest {

    static final String LEADER = Tokens.of("leader-1", null, "leader");

    static String dispatched() {
        String number = TestCases.submitted("01-04-02");
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", number, "departmentCode", "YLJ").then().statusCode(200);
        return number;
    }

    static List<String> approvals() {
        return given().auth().oauth2(LEADER).queryParam("queue", "APPROVALS").queryParam("size", 100).get("/work-queue")
                .then().statusCode(200).extract().jsonPath().getList("items.caseNumber", String.class);
    }

    @Test
    void theFirstShortExtensionIsTheScreenersTheSecondTheLeaders() {
        String number = dispatched();
        act(HANDLER_YLJ, "request-extension", number, "hours", 24, "reason", "需吊车").then().statusCode(200);
        assertFalse(approvals().contains(number), "a first short request is not the leader's");
        act(SCREENER, "decide-extension", number, "approve", true).then().statusCode(200).body("extensions", equalTo(1));

        act(HANDLER_YLJ, "request-extension", number, "hours", 24, "reason", "吊车未到").then().statusCode(200);
        assertTrue(approvals().contains(number), "a second request waits for a leader");
        String before = TestInfra.string("select deadline from city_case where case_number = '" + number + "'");
        act(SCREENER, "decide-extension", number, "approve", true).then().statusCode(403)
                .body("code", equalTo("NEEDS_LEADER"));
        assertEquals(before, TestInfra.string("select deadline from city_case where case_number = '" + number + "'"),
                "a refused approval moves nothing");
        act(LEADER, "decide-extension", number, "approve", true, "note", "同意").then().statusCode(200)
                .body("extensions", equalTo(2));
        assertEquals(1, TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id where "
                + "c.case_number = '" + number + "' and e.actor_role = 'LEADER' and e.note like '延期 24 小时%'"));
        assertFalse(approvals().contains(number));
    }

    @Test
    void aLongFirstExtensionIsTheLeadersAndAScreenerMayStillRefuseIt() {
        String number = dispatched();
        act(HANDLER_YLJ, "request-extension", number, "hours", 100, "reason", "需重新采购").then().statusCode(200);
        assertTrue(approvals().contains(number));
        act(SCREENER, "decide-extension", number, "approve", true).then().statusCode(403)
                .body("code", equalTo("NEEDS_LEADER"));
        act(SCREENER, "decide-extension", number, "approve", false, "note", "请先处理").then().statusCode(200)
                .body("extensions", equalTo(0));

        String other = dispatched();
        act(HANDLER_YLJ, "request-extension", other, "hours", 72, "reason", "三天").then().statusCode(200);
        act(SCREENER, "decide-extension", other, "approve", true).then().statusCode(200);
    }

    @Test
    void theApprovalsQueueIsTheLeadersAndALeaderCannotScreen() {
        given().auth().oauth2(SCREENER).queryParam("queue", "APPROVALS").get("/work-queue").then().statusCode(403);
        String number = TestCases.submitted("01-04-02");
        act(LEADER, "screen-case", number, "decision", "FILE").then().statusCode(403);
    }
}
