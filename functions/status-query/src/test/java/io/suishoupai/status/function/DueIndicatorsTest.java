package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * Issue #17: the indicators bulletins publish over the cases due (应结案数), rebuilt from a published example — a
 * department with 972 cases due in a month, 911 closed (93.72 %), 737 of them on time (75.82 %) — in the raw
 * cases and their event log, received the month before (due is not about when a case came in).
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class DueIndicatorsTest {

    static final String FROM = "2023-03-01T00:00:00+08:00";
    static final String TO = "2023-04-01T00:00:00+08:00";

    /**
     * GDGS's cases, all received in February 2023. g 1–970: deadline in March; g ≤ 737 closed an hour before it,
     * 738–909 an hour after, 910–970 still open. g 971–972: deadline in February, closed (late) in March. Not due:
     * g 973–977 suspended and 978–980 voided with March deadlines, 981–984 open with April deadlines.
     */
    @BeforeAll
    static void generate() {
        if (TestInfra.count("select count(*) from city_case where case_number like 'XD-%'") > 0) {
            return;
        }
        TestInfra.execute("""
                insert into city_case (case_number, state, category_code, description, lat, lon, reporter_id, source,
                                       department_code, deadline, paused_at, resume_at, created_at, updated_at)
                select 'XD-20230201-' || lpad(g::text, 6, '0'),
                       case when g <= 909 or g in (971, 972) then 'CLOSED' when g between 973 and 977 then 'SUSPENDED'
                            when g between 978 and 980 then 'VOIDED' else 'DISPATCHED' end,
                       '01-04-02', '生成的案件', 29.84, 114.32, 'citizen-due', 'CITIZEN', 'GDGS',
                       case when g in (971, 972) then timestamptz '2023-02-20T02:00:00Z'
                            when g between 981 and 984 then timestamptz '2023-04-10T02:00:00Z'
                            else timestamptz '2023-03-01T00:00:00Z' + g * interval '40 minutes' end,
                       case when g between 973 and 977 then timestamptz '2023-03-01T00:00:00Z' end,
                       case when g between 973 and 977 then timestamptz '2023-06-01T00:00:00Z' end,
                       timestamptz '2023-02-01T00:00:00Z' + g * interval '1 minute',
                       timestamptz '2023-02-01T00:00:00Z' + g * interval '1 minute'
                from generate_series(1, 984) g""");
        closed("c.deadline - interval '1 hour'", "g <= 737");
        closed("c.deadline + interval '1 hour'", "g between 738 and 909");
        closed("timestamptz '2023-03-02T02:00:00Z'", "g in (971, 972)");
    }

    static void closed(String at, String condition) {
        TestInfra.execute("insert into case_event (case_id, at, actor_id, actor_role, from_state, to_state, public_note) "
                + "select c.id, " + at + ", 'gen', 'INSPECTOR', 'DISPOSED', 'CLOSED', true from city_case c, "
                + "lateral (select substring(c.case_number from 13)::int as g) n where c.case_number like 'XD-%' and "
                + condition);
    }

    /** Rates read as the exact decimals the API writes. */
    static JsonPath stats(String groupBy) {
        String body = given().queryParam("from", FROM).queryParam("to", TO).queryParam("groupBy", groupBy)
                .get("/case-stats").then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new io.restassured.path.json.config.JsonPathConfig(
                io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void aDepartmentsCasesDueClosedAndClosedOnTimeRebuildThePublishedRates() {
        JsonPath stats = stats("DEPARTMENT");
        String row = "rows.find { it.key == 'GDGS' }.";
        assertNotNull(stats.get(row + "key"), "a department with cases due and none received has its row");
        assertEquals(972, stats.getLong(row + "counts.dueCount"));
        assertEquals(0, stats.getLong(row + "counts.received"), "received in February: due in March all the same");
        assertEquals(911, stats.getLong(row + "indicators.dueClosureRate.numerator"));
        assertEquals(972, stats.getLong(row + "indicators.dueClosureRate.denominator"));
        assertEquals(new BigDecimal("0.9372"), stats.get(row + "indicators.dueClosureRate.value"));
        assertEquals(737, stats.getLong(row + "indicators.onTimeClosureRate.numerator"));
        assertEquals(new BigDecimal("0.7582"), stats.get(row + "indicators.onTimeClosureRate.value"));
        assertNotNull(stats.get(row + "score"));
        assertNotNull(stats.get(row + "rank"));
        assertNotNull(stats.getString("definitions.dueCount"));
        assertNotNull(stats.getString("definitions.score"));
    }

    @Test
    void onlyADepartmentGroupingRanks() {
        JsonPath city = stats("NONE");
        assertEquals(972, city.getLong("rows[0].counts.dueCount"));
        assertNull(city.get("rows[0].rank"));
        assertNull(city.get("rows[0].score"));
    }
}
