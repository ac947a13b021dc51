package io.suishoupai.triage.function;

import static io.restassured.RestAssured.given;
import static io.suishoupai.triage.function.Staff.ADMIN;
import static io.suishoupai.triage.function.Staff.HANDLER_YLJ;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static io.suishoupai.triage.function.Staff.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;

/** Routing rules: the most specific match wins; no rule → the category default; none → the manual queue. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class RoutingTest {

    /** A square around 金桂西路 in 咸安区. */
    static final Map<String, Object> SQUARE = Map.of("type", "Polygon", "coordinates",
            List.of(List.of(List.of(114.30, 29.83), List.of(114.34, 29.83), List.of(114.34, 29.86),
                    List.of(114.30, 29.86), List.of(114.30, 29.83))));

    static Map<String, Object> rule(String category, String area, int priority, String department) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryCode", category);
        body.put("areaCode", area);
        body.put("priority", priority);
        body.put("departmentCode", department);
        body.put("description", category + (area == null ? "" : " in " + area) + " → " + department);
        return body;
    }

    static int saveRule(Map<String, Object> rule) {
        return post(ADMIN, "save-routing-rule", rule).then().statusCode(200).extract().path("id");
    }

    static void suggests(String caseNumber, String department, Integer ruleId) {
        var response = given().auth().oauth2(SCREENER).queryParam("caseNumber", caseNumber).get("/suggest-route")
                .then().statusCode(200);
        if (department == null) {
            response.body("department", nullValue());
        } else {
            response.body("department.code", equalTo(department));
        }
        if (ruleId == null) {
            response.body("rule", nullValue());
        } else {
            response.body("rule.id", equalTo(ruleId));
        }
    }

    @Test
    void theMostSpecificRuleWinsThenTheDefaultThenTheManualQueue() {
        String category = "02-05-03"; // 占道堆物, default department CGJ
        post(ADMIN, "save-area", Map.of("code", "XA-JGX", "name", "金桂西路网格", "kind", "GRID", "geojson", SQUARE))
                .then().statusCode(200);
        int anywhere = saveRule(rule(category, null, 0, "XAQ"));
        int anywhereUrgent = saveRule(rule(category, null, 10, "GXQ"));
        int inGrid = saveRule(rule(category, "XA-JGX", 0, "SZC"));

        String inside = TestCases.submitted(category, 29.8421, 114.3225, "citizen-route");
        String outside = TestCases.submitted(category, 29.95, 114.10, "citizen-route");
        suggests(inside, "SZC", inGrid);                 // an area-bound rule beats any area-less one
        suggests(outside, "GXQ", anywhereUrgent);        // among area-less rules, the higher priority

        Map<String, Object> off = rule(category, null, 10, "GXQ");
        off.put("id", anywhereUrgent);
        off.put("active", false);
        post(ADMIN, "save-routing-rule", off).then().statusCode(200).body("active", equalTo(false));
        suggests(outside, "XAQ", anywhere);

        Map<String, Object> offToo = rule(category, null, 0, "XAQ");
        offToo.put("id", anywhere);
        offToo.put("active", false);
        post(ADMIN, "save-routing-rule", offToo).then().statusCode(200);
        suggests(outside, "CGJ", null);                  // no rule: the category's default department

        act(SCREENER, "screen-case", inside, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", inside).then().statusCode(200).body("department.code", equalTo("SZC"));
    }

    @Test
    void theRoutePreviewAnswersWhatARealReportThereGets() {
        String category = "02-05-01";
        post(ADMIN, "save-area", Map.of("code", "XA-PREVIEW", "name", "预览片区", "kind", "ZONE", "geojson", SQUARE))
                .then().statusCode(200);
        int inZone = saveRule(rule(category, "XA-PREVIEW", 0, "SZC"));
        // inside the zone: its rule
        given().auth().oauth2(ADMIN).queryParam("categoryCode", category).queryParam("lat", 29.8421)
                .queryParam("lon", 114.3225).get("/route-preview").then().statusCode(200)
                .body("department.code", equalTo("SZC")).body("rule.id", equalTo(inZone));
        // a point just east of the zone as WGS-84 numbers, inside it once read as GCJ-02 (as AMap tiles show it)
        given().auth().oauth2(SCREENER).queryParam("categoryCode", category).queryParam("lat", 29.845)
                .queryParam("lon", 114.343).queryParam("coordSystem", "GCJ02").get("/route-preview").then()
                .statusCode(200).body("rule.id", equalTo(inZone));
        given().auth().oauth2(SCREENER).queryParam("categoryCode", category).queryParam("lat", 29.845)
                .queryParam("lon", 114.343).get("/route-preview").then().statusCode(200)
                .body("rule.id", not(equalTo(inZone)));
        // outside it: what a case there is suggested
        String outside = TestCases.submitted(category, 29.95, 114.10, "citizen-preview");
        String expected = given().auth().oauth2(SCREENER).queryParam("caseNumber", outside).get("/suggest-route")
                .then().statusCode(200).extract().path("department.code");
        given().auth().oauth2(ADMIN).queryParam("categoryCode", category).queryParam("lat", 29.95)
                .queryParam("lon", 114.10).get("/route-preview").then().statusCode(200)
                .body("department.code", equalTo(expected)).body("rule", nullValue());
        // refused: unknown category, bad coordinates, a handler
        given().auth().oauth2(ADMIN).queryParam("categoryCode", "99-99-99").queryParam("lat", 29.9)
                .queryParam("lon", 114.1).get("/route-preview").then().statusCode(422)
                .body("code", equalTo("UNKNOWN_CATEGORY"));
        given().auth().oauth2(ADMIN).queryParam("categoryCode", category).queryParam("lat", "north")
                .get("/route-preview").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(HANDLER_YLJ).queryParam("categoryCode", category).queryParam("lat", 29.9)
                .queryParam("lon", 114.1).get("/route-preview").then().statusCode(403);
    }

    @Test
    void withoutRuleOrDefaultTheCaseWaitsForAManualDispatch() {
        post(ADMIN, "save-category", Map.ofEntries(Map.entry("code", "02-06-09"), Map.entry("kind", "EVENT"),
                Map.entry("groupCode", "06"), Map.entry("groupName", "其他事件"), Map.entry("name", "测试无主类别"),
                Map.entry("nameEn", "Orphan test category"), Map.entry("filingConditions", "测试"),
                Map.entry("timeLimitHours", 8), Map.entry("workingHours", false), Map.entry("urgency", "NORMAL"),
                Map.entry("points", 1))).then().statusCode(200).body("defaultDepartmentCode", nullValue());
        String orphan = TestCases.submitted("02-06-09");
        suggests(orphan, null, null);
        act(SCREENER, "screen-case", orphan, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", orphan).then().statusCode(422).body("code", equalTo("NO_ROUTE"));
        given().auth().oauth2(SCREENER).queryParam("queue", "SCREENING").queryParam("size", 100).get("/work-queue")
                .then().statusCode(200).body("items.caseNumber", org.hamcrest.Matchers.hasItem(orphan));
        act(SCREENER, "dispatch-case", orphan, "departmentCode", "CGJ").then().statusCode(200)
                .body("department.code", equalTo("CGJ"));
    }

    @Test
    void rulesMustPointAtActiveDepartmentsAndValidAreas() {
        post(ADMIN, "save-department", Map.of("code", "TMP_DEPT", "name", "临时部门", "nameEn", "Temporary",
                "kind", "BUREAU", "active", false)).then().statusCode(200);
        post(ADMIN, "save-routing-rule", rule("02-05-03", null, 0, "TMP_DEPT")).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_DEPARTMENT"));
        post(ADMIN, "save-routing-rule", rule("02-05-03", "NO-SUCH-AREA", 0, "CGJ")).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_AREA"));
        post(ADMIN, "save-routing-rule", rule("99-99-99", null, 0, "CGJ")).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_CATEGORY"));
        post(ADMIN, "save-area", Map.of("code", "BOW", "name", "自相交", "kind", "GRID", "geojson",
                Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(0, 0), List.of(1, 1), List.of(1, 0),
                        List.of(0, 1), List.of(0, 0)))))).then().statusCode(422).body("code", equalTo("INVALID_POLYGON"));
        post(SCREENER, "save-routing-rule", rule("02-05-03", null, 0, "CGJ")).then().statusCode(403);
    }

    @Test
    void aDepartmentWithOpenCasesCannotBeDeactivated() {
        post(ADMIN, "save-department", Map.of("code", "DEPT_BUSY", "name", "忙碌部门", "nameEn", "Busy",
                "kind", "BUREAU")).then().statusCode(200).body("active", equalTo(true));
        String number = TestCases.submitted("01-04-02");
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", number, "departmentCode", "DEPT_BUSY").then().statusCode(200);
        post(ADMIN, "save-department", Map.of("code", "DEPT_BUSY", "name", "忙碌部门", "nameEn", "Busy",
                "kind", "BUREAU", "active", false)).then().statusCode(422).body("code", equalTo("DEPARTMENT_HAS_OPEN_CASES"));
        given().get("/list-departments").then().statusCode(200)
                .body("find { it.code == 'DEPT_BUSY' }.active", equalTo(true))
                .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(32));
        java.util.List<String> codes = given().get("/list-departments").then().extract().jsonPath()
                .getList("code", String.class);
        org.junit.jupiter.api.Assertions.assertEquals(codes.stream().sorted().toList(), codes, "by code");
    }

    @Test
    void theCalendarIsMaintainedByAdmins() {
        post(ADMIN, "save-calendar-day", Map.of("day", "2027-01-01", "kind", "HOLIDAY", "name", "元旦")).then()
                .statusCode(200).body("kind", equalTo("HOLIDAY"));
        given().auth().oauth2(ADMIN).get("/list-calendar-days").then().statusCode(200)
                .body("find { it.day == '2027-01-01' }.name", equalTo("元旦"));
        post(ADMIN, "save-calendar-day", Map.of("day", "2027-01-01", "kind", "NORMAL")).then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/list-calendar-days").then().statusCode(200)
                .body("find { it.day == '2027-01-01' }", nullValue());
        post(ADMIN, "save-calendar-day", Map.of("day", "2027-02-30", "kind", "HOLIDAY")).then().statusCode(400);
    }
}
