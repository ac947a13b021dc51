package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * The indicators against their definitions, on a generated eight months shaped like the Hubei city's: 4158
 * reports received, 3599 filed, 3068 closed. Every case's history is written to the event log as the functions
 * would write it; the expected figures below follow from how the data was generated and the stated definitions.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class CaseStatsTest {

    static final String FROM = "2022-01-01";
    static final String TO = "2022-08-31";

    /**
     * Case g (1..4158), created g*80 minutes after 2022-01-01 in the city: g ≤ 3599 FILED, 3600–4000 NOT_FILED,
     * 4001–4100 DUPLICATE, the rest unscreened; g ≤ 3550 DISPATCHED (deadline created + 24 h; odd g to YLJ, even
     * to HWC); every tenth from the hotline (g % 10 = 0) and from a patrol (g % 10 = 1); g ≤ 120 RETURNED and re-dispatched; g ≤ 3300 DISPOSED — after the deadline for g ≤ 200; 201–350
     * sent back once for rework and disposed again; g ≤ 3068 CLOSED.
     */
    @BeforeAll
    static void generate() {
        if (TestInfra.count("select count(*) from city_case where case_number like 'XS-%'") > 0) {
            return;
        }
        TestInfra.execute("""
                insert into city_case (case_number, state, category_code, description, lat, lon, reporter_id, source,
                                       department_code, deadline, created_at, updated_at)
                select 'XS-20220101-' || lpad(g::text, 6, '0'),
                       case when g <= 3068 then 'CLOSED' when g <= 3300 then 'DISPOSED' when g <= 3550 then 'DISPATCHED'
                            when g <= 3599 then 'FILED' when g <= 4000 then 'NOT_FILED' when g <= 4100 then 'DUPLICATE'
                            else 'SUBMITTED' end,
                       case when g % 3 = 0 then '02-01-02' else '01-04-02' end, '生成的案件', 29.84, 114.32,
                       'citizen-gen-' || (g % 500),
                       case when g % 10 = 0 then 'HOTLINE' when g % 10 = 1 then 'SUPERVISOR' else 'CITIZEN' end,
                       case when g <= 3550 then case when g % 2 = 1 then 'YLJ' else 'HWC' end end,
                       case when g <= 3550 then timestamptz '2021-12-31T16:00:00Z' + g * interval '80 minutes' + interval '25 hours' end,
                       timestamptz '2021-12-31T16:00:00Z' + g * interval '80 minutes',
                       timestamptz '2021-12-31T16:00:00Z' + g * interval '80 minutes'
                from generate_series(1, 4158) g""");
        event("null", "SUBMITTED", "CITIZEN", "0 minutes", "true");
        event("'SUBMITTED'", "FILED", "SCREENER", "30 minutes", "g <= 3599");
        event("'SUBMITTED'", "NOT_FILED", "SCREENER", "30 minutes", "g between 3600 and 4000");
        event("'SUBMITTED'", "DUPLICATE", "SCREENER", "30 minutes", "g between 4001 and 4100");
        event("'FILED'", "DISPATCHED", "SCREENER", "1 hour", "g <= 3550");
        event("'DISPATCHED'", "RETURNED", "HANDLER", "2 hours", "g <= 120");
        event("'RETURNED'", "DISPATCHED", "SCREENER", "3 hours", "g <= 120");
        event("'DISPATCHED'", "DISPOSED", "HANDLER", "30 hours", "g <= 200");
        event("'DISPATCHED'", "DISPOSED", "HANDLER", "10 hours", "g between 201 and 3300");
        event("'DISPOSED'", "DISPATCHED", "INSPECTOR", "11 hours", "g between 201 and 350");
        event("'DISPATCHED'", "DISPOSED", "HANDLER", "12 hours", "g between 201 and 350");
        event("'DISPOSED'", "CLOSED", "INSPECTOR", "31 hours", "g <= 3068");
    }

    static void event(String from, String to, String role, String after, String condition) {
        TestInfra.execute("insert into case_event (case_id, at, actor_id, actor_role, from_state, to_state, public_note) "
                + "select c.id, c.created_at + interval '" + after + "', 'gen', '" + role + "', " + from + ", '" + to
                + "', true from city_case c, lateral (select substring(c.case_number from 13)::int as g) n "
                + "where c.case_number like 'XS-%' and " + condition);
    }

    static JsonPath stats(String groupBy) {
        return given().queryParam("from", FROM).queryParam("to", TO).queryParam("groupBy", groupBy)
                .get("/case-stats").then().statusCode(200).extract().jsonPath();
    }

    static void indicator(JsonPath row, String path, String name, long numerator, long denominator) {
        assertEquals(numerator, row.getLong(path + ".indicators." + name + ".numerator"), name + " numerator");
        assertEquals(denominator, row.getLong(path + ".indicators." + name + ".denominator"), name + " denominator");
        assertEquals(Math.round(10000.0 * numerator / denominator) / 10000.0,
                row.getDouble(path + ".indicators." + name + ".value"), 1e-9, name + " value");
    }

    @Test
    void theCityWideIndicatorsFollowTheirDefinitions() {
        JsonPath all = stats("NONE");
        assertEquals(1, all.getList("rows").size());
        Map<String, Integer> counts = all.getMap("rows[0].counts");
        assertEquals(4158, counts.get("received"));
        assertEquals(3599, counts.get("filed"));
        assertEquals(3068, counts.get("closed"));
        indicator(all, "rows[0]", "filingRate", 3599, 4100);            // filed / screened
        indicator(all, "rows[0]", "dispatchAccuracy", 3550 - 120, 3550); // never returned / dispatched
        indicator(all, "rows[0]", "onTimeDisposalRate", 3300 - 200, 3550); // disposed by deadline / due
        indicator(all, "rows[0]", "closureRate", 3068, 3599);           // closed / filed = 85.25 %
        indicator(all, "rows[0]", "reworkRate", 150, 3068);             // reworks / closed
        assertEquals(0.8525, all.getDouble("rows[0].indicators.closureRate.value"), 1e-9);
        assertEquals(io.suishoupai.shared.stats.Indicators.DEFINITIONS.keySet(), all.getMap("definitions").keySet(),
                "every indicator answered with its definition");
    }

    @Test
    void departmentRowsAddUpToTheCity() {
        JsonPath byDepartment = stats("DEPARTMENT");
        List<Map<String, Object>> rows = byDepartment.getList("rows");
        assertEquals(List.of("HWC", "YLJ", "NONE"), rows.stream().map(r -> (String) r.get("key")).toList());
        assertEquals(4158, byDepartment.getList("rows.counts.received", Integer.class).stream().mapToInt(i -> i).sum());
        assertEquals(3068, byDepartment.getList("rows.counts.closed", Integer.class).stream().mapToInt(i -> i).sum());
        assertEquals("市园林绿化管理局", byDepartment.getString("rows.find { it.key == 'YLJ' }.name"));
        // YLJ has the odd g: 1775 of the 3550 dispatched, 60 of the 120 returned
        indicator(byDepartment, "rows.find { it.key == 'YLJ' }", "dispatchAccuracy", 1775 - 60, 1775);
    }

    @Test
    void categoryRowsAddUpToTheCity() {
        JsonPath byCategory = stats("CATEGORY");
        assertEquals(4158, byCategory.getList("rows.counts.received", Integer.class).stream().mapToInt(i -> i).sum());
        assertEquals(1386, byCategory.getInt("rows.find { it.key == '02-01-02' }.counts.received")); // g % 3 == 0
    }

    @Test
    void sourceRowsAddUpToTheCityAndAreNamedAsBulletinsNameThem() {
        JsonPath bySource = stats("SOURCE");
        assertEquals(4158, bySource.getList("rows.counts.received", Integer.class).stream().mapToInt(i -> i).sum());
        assertEquals(415, bySource.getInt("rows.find { it.key == 'HOTLINE' }.counts.received"));
        assertEquals(416, bySource.getInt("rows.find { it.key == 'SUPERVISOR' }.counts.received"));
        assertEquals(3327, bySource.getInt("rows.find { it.key == 'CITIZEN' }.counts.received"));
        assertEquals("热线", bySource.getString("rows.find { it.key == 'HOTLINE' }.name"));
        assertEquals("监督员巡查", bySource.getString("rows.find { it.key == 'SUPERVISOR' }.name"));
    }

    @Test
    void anEmptyPeriodHasNoRatesAndBadParametersAreRefused() {
        given().queryParam("from", "1999-01-01").queryParam("to", "1999-02-01").get("/case-stats").then().statusCode(200)
                .body("rows[0].counts.received", equalTo(0))
                .body("rows[0].indicators.closureRate.value", org.hamcrest.Matchers.nullValue());
        given().queryParam("groupBy", "MOON").get("/case-stats").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        given().queryParam("from", "2022-02-01").queryParam("to", "2022-01-01").get("/case-stats").then().statusCode(400);
        given().get("/case-stats").then().statusCode(200).body("groupBy", equalTo("NONE"));
    }
}
