package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class GetCaseFunctionTest {

    static final String NUMBER = "XN-20260301-000042";
    static final String REPORTER = "citizen-lookup";
    static final String REPORT_PHOTO = "uploads/" + "a".repeat(32) + "/2026/03/01/11111111-1111-1111-1111-111111111111.jpg";
    static final String AFTER_PHOTO = "uploads/" + "b".repeat(32) + "/2026/03/02/22222222-2222-2222-2222-222222222222.jpg";

    /** A dispatched and disposed case written straight to the database (other functions make such cases). */
    @BeforeAll
    static void seedCase() {
        if (TestInfra.count("select count(*) from city_case where case_number = '" + NUMBER + "'") > 0) {
            return;
        }
        TestInfra.execute("insert into city_case (case_number, state, category_code, description, address, lat, lon, "
                + "reporter_id, source, department_code, deadline, created_at, updated_at) values ('" + NUMBER
                + "', 'DISPOSED', '01-04-02', '金桂西路一棵行道树严重倾斜', '咸安区金桂西路', 29.842123, 114.322567, '"
                + REPORTER + "', 'CITIZEN', 'YLJ', '2026-03-02T08:00:00Z', '2026-03-01T02:00:00Z', '2026-03-02T03:00:00Z')");
        String id = "(select id from city_case where case_number = '" + NUMBER + "')";
        TestInfra.execute("insert into case_event (case_id, at, actor_id, actor_role, from_state, to_state, note, "
                + "public_note, media_keys) values "
                + "(" + id + ", '2026-03-01T02:00:00Z', '" + REPORTER + "', 'CITIZEN', null, 'SUBMITTED', null, true, '"
                + REPORT_PHOTO + "'),"
                + "(" + id + ", '2026-03-01T03:00:00Z', 'screener-1', 'SCREENER', 'SUBMITTED', 'FILED', '内部：已核实', false, null),"
                + "(" + id + ", '2026-03-01T03:05:00Z', 'screener-1', 'SCREENER', 'FILED', 'DISPATCHED', '派园林局处理', true, null),"
                + "(" + id + ", '2026-03-02T03:00:00Z', 'handler-ylj', 'HANDLER', 'DISPATCHED', 'DISPOSED', '已扶正加固', true, '"
                + AFTER_PHOTO + "')");
        TestInfra.execute("insert into case_media (object_key, case_id, stage, kind, content_type, size_bytes, attached_at) "
                + "values ('" + REPORT_PHOTO + "', " + id + ", 'REPORT', 'PHOTO', 'image/jpeg', 100, now()), ('"
                + AFTER_PHOTO + "', " + id + ", 'DISPOSAL', 'PHOTO', 'image/jpeg', 100, now())");
    }

    private static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    @Test
    void thePublicViewShowsTheCaseButNotWhoReportedIt() {
        as(null).queryParam("caseNumber", NUMBER).get("/get-case").then().statusCode(200)
                .body("caseNumber", equalTo(NUMBER))
                .body("state", equalTo("DISPOSED"))
                .body("category.code", equalTo("01-04-02"))
                .body("category.name", equalTo("行道树倾斜"))
                .body("department.code", equalTo("YLJ"))
                .body("address", equalTo("咸安区金桂西路"))
                .body("location.lat", equalTo(29.842f))
                .body("location.lon", equalTo(114.323f))
                .body("deadline", equalTo("2026-03-02T08:00:00Z"))
                .body("view", equalTo("PUBLIC"))
                .body("$", not(org.hamcrest.Matchers.hasKey("reporterId")))
                .body("timeline.state", contains("SUBMITTED", "FILED", "DISPATCHED", "DISPOSED"))
                .body("timeline[1].note", nullValue())
                .body("timeline[2].note", equalTo("派园林局处理"))
                .body("timeline[0].media", nullValue())
                .body("timeline[3].media", contains(AFTER_PHOTO))
                .body("media.key", contains(AFTER_PHOTO));
    }

    @Test
    void anotherCitizenSeesThePublicView() {
        as(Tokens.citizen("citizen-nosy")).queryParam("caseNumber", NUMBER).get("/get-case").then().statusCode(200)
                .body("view", equalTo("PUBLIC")).body("media", hasSize(1));
    }

    @Test
    void theReporterSeesTheirOwnCaseInFull() {
        as(Tokens.citizen(REPORTER)).queryParam("caseNumber", NUMBER).get("/get-case").then().statusCode(200)
                .body("view", equalTo("REPORTER"))
                .body("reporterId", equalTo(REPORTER))
                .body("location.lat", equalTo(29.842123f))
                .body("media", hasSize(2))
                .body("timeline[0].media", contains(REPORT_PHOTO))
                .body("timeline[0].actorRole", nullValue());
    }

    @Test
    void staffSeeTheStaffViewAndHandlersOnlyForTheirOwnDepartment() {
        as(Tokens.of("screener-2", null, "screener")).queryParam("caseNumber", NUMBER).get("/get-case").then()
                .statusCode(200).body("view", equalTo("STAFF")).body("reporterId", equalTo(REPORTER))
                .body("timeline[1].note", equalTo("内部：已核实")).body("timeline[1].actorRole", equalTo("SCREENER"))
                .body("version", equalTo(0));
        as(Tokens.of("handler-ylj", "YLJ", "handler")).queryParam("caseNumber", NUMBER).get("/get-case").then()
                .statusCode(200).body("view", equalTo("STAFF"));
        as(Tokens.of("handler-szc", "SZC", "handler")).queryParam("caseNumber", NUMBER).get("/get-case").then()
                .statusCode(200).body("view", equalTo("PUBLIC"));
    }

    @Test
    void postWithAJsonBodyWorksToo() {
        given().contentType(ContentType.JSON).body(Map.of("caseNumber", NUMBER)).post("/get-case").then()
                .statusCode(200).body("caseNumber", equalTo(NUMBER));
    }

    @Test
    void unknownAndMalformedNumbersAreProblems() {
        as(null).queryParam("caseNumber", "XN-20990101-000001").get("/get-case").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
        as(null).queryParam("caseNumber", "'; drop table city_case; --").get("/get-case").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("caseNumber"));
        as(null).get("/get-case").then().statusCode(400).contentType("application/problem+json");
        as(null).get("/no-such-function").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
