package io.suishoupai.status.open311;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;

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
    void errorsComeInTheSpecsFormat() {
        given().get("/open311/v2/requests/XN-20990101-000001.json").then().statusCode(404)
                .body("[0].code", equalTo(404));
        given().queryParam("start_date", "last tuesday").get("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].code", equalTo(400));
        given().get("/open311/v2/nothing.json").then().statusCode(404);
    }
}
