package io.suishoupai.triage.function;

import static io.suishoupai.triage.function.Staff.INSPECTOR;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;

/**
 * Issue #17, item 7: the command centre's stages run against their own limits on the working calendar — each move
 * into a stage starts a run due its configured hours later, each move out of it ends the run; the staff view shows
 * each run's due time.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class StageTimeLimitsTest {

    static long openRuns(String number) {
        return TestInfra.count("select count(*) from case_stage s join city_case c on c.id = s.case_id where "
                + "c.case_number = '" + number + "' and s.ended_at is null");
    }

    @Test
    void eachStageRunStartsWithItsMoveInAndEndsWithItsMoveOut() {
        String number = TestCases.submitted("01-04-02");
        act(SCREENER, "screen-case", number, "decision", "CHECK").then().statusCode(200)
                .body("stages", hasSize(1)).body("stages[0].stage", equalTo("CHECK"))
                .body("stages[0].dueAt", notNullValue()).body("stages[0].endedAt", nullValue());
        act(INSPECTOR, "report-check", number, "found", true, "note", "属实").then().statusCode(200)
                .body("stages", hasSize(2)).body("stages[0].endedAt", notNullValue())
                .body("stages[1].stage", equalTo("SCREENING"));
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200)
                .body("stages[2].stage", equalTo("DISPATCH"));
        // the dispatch limit (1 working hour by default) ends on the working calendar, after it started
        assertEquals(1, TestInfra.count("select count(*) from case_stage s join city_case c on c.id = s.case_id where "
                + "c.case_number = '" + number + "' and s.stage = 'DISPATCH' and s.due_at > s.started_at"));
        act(SCREENER, "dispatch-case", number, "departmentCode", "YLJ").then().statusCode(200)
                .body("stages", hasSize(3)).body("stages[2].endedAt", notNullValue());
        assertEquals(0, openRuns(number), "disposal runs against the deadline, not a stage run");
    }
}
