package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.suishoupai.testing.SuishoupaiTestResource;

/** With a datasource configured (as here, by the test resource) there is no token minting: 404. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class DevTokenAbsentTest {

    @Test
    void devTokenIsNotFoundWhenTheAppIsConfigured() {
        given().contentType(ContentType.JSON).body(Map.of("sub", "u-1", "roles", List.of("admin")))
                .post("/dev/token").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void allFunctionsAreServedByTheOneProcess() {
        given().get("/list-categories").then().statusCode(200);
        given().queryParam("caseNumber", "XN-20990101-000001").get("/get-case").then().statusCode(404)
                .body("code", equalTo("CASE_NOT_FOUND"));
        given().contentType(ContentType.JSON).body("{}").post("/sign-uploads").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/submit-report").then().statusCode(401);
    }
}
