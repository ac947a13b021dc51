package io.suishoupai.status.open311;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;

/**
 * Open311 reads on the status-query function deployed alone (the all-in-one Open311Test also validates them
 * against the spec's schemas and follows a request from submission): discovery, services, requests by id and by
 * search, and errors in the spec's format.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class Open311ReadRoutesTest {

    @Test
    void discoveryAndTheServiceList() {
        given().get("/open311/v2/discovery.json").then().statusCode(200)
                .body("endpoints[0].specification", containsString("GeoReport_v2"));
        given().get("/open311/v2/services.json").then().statusCode(200).body("service_code", hasItem("01-04-02"));
        given().get("/open311/v2/services/01-04-02.json").then().statusCode(200)
                .body("service_code", equalTo("01-04-02"));
        given().get("/open311/v2/services/99-99-99.json").then().statusCode(404).body("[0].code", equalTo(404));
    }

    @Test
    void theServiceListIsTheActiveCategoriesByCodeWithTheirNamesAndGroups() {
        List<String> codes = given().get("/open311/v2/services.json").then().statusCode(200)
                .body("find { it.service_code == '01-04-02' }.service_name",
                        equalTo(TestInfra.string("select name from category where code = '01-04-02'")))
                .body("find { it.service_code == '01-04-02' }.group",
                        equalTo(TestInfra.string("select group_name from category where code = '01-04-02'")))
                .body("find { it.service_code == '01-04-02' }.type", equalTo("realtime"))
                .extract().path("service_code");
        assertEquals(TestInfra.count("select count(*) from category where active"), codes.size());
        assertEquals(codes.stream().sorted().toList(), codes, "by code");
    }

    @Test
    void aCaseIsReadAsAServiceRequestWithoutItsReporter() {
        String number = TestCases.submitted("01-04-02", 29.84213, 114.32257, "citizen-311-read");
        given().get("/open311/v2/requests/" + number + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(number))
                .body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("01-04-02"))
                .body(not(containsString("citizen-311-read")));
        given().queryParam("service_request_id", number).get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(number));
        given().get("/open311/v2/requests/" + number + ".xml").then().statusCode(200)
                .body(containsString("<service_request_id>" + number + "</service_request_id>"));
    }

    @Test
    void aTokenNamesTheRequestItBecame() {
        String number = TestCases.submitted("01-04-02");
        String token = "tok-" + java.util.UUID.randomUUID();
        TestInfra.execute("insert into api_key (client_name, key_hash, key_prefix, created_by, created_at) values "
                + "('read test', '" + token + "', 'rt', 'admin-test', now())");
        TestInfra.execute("insert into open311_token (token, case_number, api_key_id, created_at) select '" + token
                + "', '" + number + "', id, now() from api_key where key_hash = '" + token + "'");
        given().get("/open311/v2/tokens/" + token + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(number)).body("[0].token", equalTo(token));
        given().get("/open311/v2/tokens/no-such-token.json").then().statusCode(404).body("[0].code", equalTo(404));
    }

    /** A leader's move, as the journal writes it: the state, the outcome, one public event. */
    static void leaderMoves(String number, String state, String outcome, String note) {
        TestInfra.execute("update city_case set state = '" + state + "', outcome = " + (outcome == null ? "null" : "'"
                + outcome + "'") + ", updated_at = now() where case_number = '" + number + "'");
        TestInfra.execute("insert into case_event (case_id, at, actor_id, actor_role, from_state, to_state, note, "
                + "public_note) select id, now(), 'leader-1', 'LEADER', 'DISPATCHED', '" + state + "', '" + note
                + "', true from city_case where case_number = '" + number + "'");
    }

    @Test
    void aCaseClosedUnresolvedIsClosedWithItsReasonAndAVoidedOneIsNoFurtherAction() {
        String unresolved = TestCases.submitted("01-04-02");
        leaderMoves(unresolved, "CLOSED", "UNRESOLVED", "无法解决，结案：产权单位不明");
        given().get("/open311/v2/requests/" + unresolved + ".json").then().statusCode(200)
                .body("[0].status", equalTo("closed"))
                .body("[0].status_notes", equalTo("无法解决，结案：产权单位不明"));
        String voided = TestCases.submitted("01-04-02");
        leaderMoves(voided, "VOIDED", null, "作废：虚假信息");
        given().get("/open311/v2/requests/" + voided + ".json").then().statusCode(200)
                .body("[0].status", equalTo("closed"));

        var updates = given().get("/open311/v2/servicerequestupdates.json").then().statusCode(200).extract().jsonPath();
        List<String> ids = updates.getList("service_request_id", String.class);
        List<String> statuses = updates.getList("status", String.class);
        assertEquals("closed", statuses.get(ids.lastIndexOf(unresolved)), "not 'fixed': nothing was fixed");
        assertEquals("no_further_action", statuses.get(ids.lastIndexOf(voided)));
    }

    @Test
    void errorsComeInTheSpecsFormat() {
        given().get("/open311/v2/requests/XN-20990101-000001.json").then().statusCode(404)
                .body("[0].code", equalTo(404));
        given().queryParam("start_date", "last tuesday").get("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].code", equalTo(400));
        given().get("/open311/v2/nothing.json").then().statusCode(404);
    }
}
