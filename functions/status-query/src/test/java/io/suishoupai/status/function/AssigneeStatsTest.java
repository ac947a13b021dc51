package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/** Issue #18, item 5: a department's case-stats per assignee — for staff, a handler for their own department only. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class AssigneeStatsTest {

    @Test
    void aDepartmentsFiguresPerAssignee() {
        String alice = "handler-ylj-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, "citizen-as-" + i);
            TestInfra.execute("update city_case set state = 'DISPATCHED', department_code = 'YLJ', assignee_id = '"
                    + (i < 2 ? alice : "handler-other") + "' where case_number = '" + number + "'");
        }
        given().auth().oauth2(Tokens.of("h-ylj", "YLJ", "handler")).get("/case-stats?groupBy=ASSIGNEE").then()
                .statusCode(200).body("groupBy", equalTo("ASSIGNEE")).body("rows.key", hasItem(alice))
                .body("rows.find { it.key == '" + alice + "' }.counts.received", equalTo(2));
        // a handler of another department asking for YLJ's gets their own department's instead
        given().auth().oauth2(Tokens.of("h-szc", "SZC", "handler")).get("/case-stats?groupBy=ASSIGNEE&department=YLJ")
                .then().statusCode(200).body("rows.key", not(hasItem(alice)));
        given().auth().oauth2(Tokens.of("s-1", null, "screener")).get("/case-stats?groupBy=ASSIGNEE&department=YLJ")
                .then().statusCode(200).body("rows.key", hasItem(alice));
        given().get("/case-stats?groupBy=ASSIGNEE").then().statusCode(401);
        given().auth().oauth2(Tokens.citizen("c-1")).get("/case-stats?groupBy=ASSIGNEE").then().statusCode(403);
        given().auth().oauth2(Tokens.of("h-none", null, "handler")).get("/case-stats?groupBy=ASSIGNEE").then()
                .statusCode(403).body("code", equalTo("NOT_YOUR_DEPARTMENT"));
    }
}
