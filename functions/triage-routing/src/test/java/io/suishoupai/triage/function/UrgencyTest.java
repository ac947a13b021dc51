package io.suishoupai.triage.function;

import static io.suishoupai.triage.function.Staff.ADMIN;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static io.suishoupai.triage.function.Staff.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.ControllableClock;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;

/**
 * Issue #17, urgency per case: filing decides NORMAL or URGENT (急要件); an urgent case's deadline uses its
 * category's urgent disposal limit; views and queues carry the urgency.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class UrgencyTest {

    static final String CATEGORY = "02-06-08";

    @Inject
    ControllableClock clock;

    @BeforeEach
    void aCategoryOf48HoursAnd6WhenUrgent() {
        post(ADMIN, "save-category", category(48, 6)).then().statusCode(200).body("urgentTimeLimitHours", equalTo(6));
        clock.set(Instant.parse("2026-10-14T02:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Map<String, Object> category(int hours, Integer urgentHours) {
        var body = new java.util.HashMap<String, Object>(Map.ofEntries(Map.entry("code", CATEGORY),
                Map.entry("kind", "EVENT"), Map.entry("groupCode", "06"), Map.entry("groupName", "其他事件"),
                Map.entry("name", "测试紧急类别"), Map.entry("nameEn", "Urgency test category"),
                Map.entry("filingConditions", "测试"), Map.entry("timeLimitHours", hours),
                Map.entry("workingHours", false), Map.entry("urgency", "NORMAL"), Map.entry("points", 1),
                Map.entry("defaultDepartmentCode", "CGJ")));
        if (urgentHours != null) {
            body.put("urgentTimeLimitHours", urgentHours);
        }
        return body;
    }

    @Test
    void anUrgentCaseIsDueWithinTheUrgentLimit() {
        String urgent = TestCases.submitted(CATEGORY);
        act(SCREENER, "screen-case", urgent, "decision", "FILE", "urgency", "URGENT").then().statusCode(200)
                .body("urgency", equalTo("URGENT"));
        act(SCREENER, "dispatch-case", urgent).then().statusCode(200).body("deadline", equalTo("2026-10-14T08:00:00Z"));

        String normal = TestCases.submitted(CATEGORY);
        act(SCREENER, "screen-case", normal, "decision", "FILE").then().statusCode(200).body("urgency", equalTo("NORMAL"));
        act(SCREENER, "dispatch-case", normal).then().statusCode(200).body("deadline", equalTo("2026-10-16T02:00:00Z"));
    }

    @Test
    void aCaseStartsWithItsCategorysUrgencyAndFilingMayChangeIt() {
        var body = category(48, 6);
        body.put("urgency", "CRITICAL");
        post(ADMIN, "save-category", body).then().statusCode(200);
        // a case made through intake starts from its category; this one is inserted as intake would have left it
        String number = TestCases.submitted(CATEGORY);
        TestInfra.execute("update city_case set urgency = 'URGENT' where case_number = '" + number + "'");
        io.restassured.RestAssured.given().auth().oauth2(SCREENER).queryParam("queue", "SCREENING")
                .queryParam("size", 100).get("/work-queue").then().statusCode(200)
                .body("items.findAll { it.caseNumber == '" + number + "' }.urgency", hasItem("URGENT"));
        act(SCREENER, "screen-case", number, "decision", "FILE", "urgency", "NORMAL").then().statusCode(200)
                .body("urgency", equalTo("NORMAL"));
        act(SCREENER, "dispatch-case", number).then().statusCode(200).body("deadline", equalTo("2026-10-16T02:00:00Z"));
    }

    @Test
    void urgencyIsDecidedWhenFilingAndOnlyNormalOrUrgent() {
        String number = TestCases.submitted(CATEGORY);
        act(SCREENER, "screen-case", number, "decision", "NOT_FILE", "reason", "不属实", "urgency", "URGENT").then()
                .statusCode(400).body("errors[0].field", equalTo("urgency"));
        act(SCREENER, "screen-case", number, "decision", "FILE", "urgency", "CRITICAL").then().statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST"));
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
    }

    @Test
    void theUrgentLimitIsNeverLongerThanTheNormalOne() {
        post(ADMIN, "save-category", category(48, 49)).then().statusCode(400)
                .body("errors[0].field", equalTo("urgentTimeLimitHours"));
        post(ADMIN, "save-category", category(48, 0)).then().statusCode(400);
        // shortening the normal limit below the urgent one brings the urgent one down with it
        post(ADMIN, "save-category", category(4, null)).then().statusCode(200).body("urgentTimeLimitHours", equalTo(4));
    }
}
