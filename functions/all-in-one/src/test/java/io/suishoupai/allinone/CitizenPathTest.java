package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * The README's walk-through, as a client does it: a dev token, upload URLs, the uploads straight to storage, the
 * report, and the case looked up by anyone.
 */
@QuarkusTest
@TestProfile(DevTokensOn.class)
@WithTestResource(SuishoupaiTestResource.class)
class CitizenPathTest {

    static String devToken(String sub, String... roles) {
        return given().contentType(ContentType.JSON).body(Map.of("sub", sub, "roles", List.of(roles)))
                .post("/dev/token").then().statusCode(200).extract().path("token");
    }

    @Test
    void fromDevTokenToCaseLookup() {
        String token = devToken("u-walkthrough", "citizen");
        byte[] photo1 = SampleMedia.jpeg(5000);
        byte[] photo2 = SampleMedia.jpeg(6000);
        Response signed = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(
                        Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", photo1.length),
                        Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", photo2.length))))
                .post("/sign-uploads").andReturn();
        signed.then().statusCode(200);
        assertEquals(200, io.suishoupai.testing.Uploads.put(URI.create(signed.path("uploads[0].url")),
                "image/jpeg", photo1).statusCode());
        assertEquals(200, io.suishoupai.testing.Uploads.put(URI.create(signed.path("uploads[1].url")),
                "image/jpeg", photo2).statusCode());

        String caseNumber = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", "walkthrough-0001", "categoryCode", "01-04-02",
                        "description", "金桂西路一棵行道树严重倾斜",
                        "location", Map.of("lat", 29.8421, "lon", 114.3225, "address", "咸安区金桂西路"),
                        "media", List.of(signed.path("uploads[0].key"), signed.path("uploads[1].key"))))
                .post("/submit-report").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("caseNumber", matchesPattern("XN-\\d{8}-\\d{6}"))
                .extract().path("caseNumber");

        given().queryParam("caseNumber", caseNumber).get("/get-case").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("category.name", equalTo("行道树倾斜"))
                .body("timeline", hasSize(1)).body("media", hasSize(0)).body("view", equalTo("PUBLIC"));
        given().auth().oauth2(token).queryParam("caseNumber", caseNumber).get("/get-case").then().statusCode(200)
                .body("view", equalTo("REPORTER")).body("media", hasSize(2));
    }

    @Test
    void devTokenRefusesUnknownRolesAndMissingSubjects() {
        given().contentType(ContentType.JSON).body(Map.of("sub", "u-2", "roles", List.of("mayor")))
                .post("/dev/token").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("citizen")))
                .post("/dev/token").then().statusCode(400).body("errors[0].field", equalTo("sub"));
        given().contentType(ContentType.JSON).body("{oops").post("/dev/token").then().statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST"));
    }

    @Test
    void aDevTokenCarriesTheDepartmentClaim() {
        String handler = given().contentType(ContentType.JSON)
                .body(Map.of("sub", "h-1", "roles", List.of("handler"), "dept", "YLJ"))
                .post("/dev/token").then().statusCode(200).extract().path("token");
        given().auth().oauth2(handler).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", 10))))
                .post("/sign-uploads").then().statusCode(200);
    }
}
