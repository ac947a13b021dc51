package io.suishoupai.upload.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.testing.ControllableClock;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class SignUploadsFunctionTest {

    @Inject
    ControllableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response sign(String token, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/sign-uploads").andReturn();
    }

    private static Map<String, Object> item(String kind, String contentType, long length) {
        return Map.of("kind", kind, "contentType", contentType, "contentLength", length);
    }

    @Test
    void signsUrlsThatTheStorageServerAcceptsUnderKeysThatSayNothingOfTheCaller() {
        byte[] photo = SampleMedia.jpeg(4096);
        Response response = sign(Tokens.citizen("citizen-sign-1"),
                Map.of("items", List.of(item("PHOTO", "image/jpeg", photo.length), item("AUDIO", "audio/mpeg", 100))));
        response.then().statusCode(200)
                .body("uploads", hasSize(2))
                .body("uploads[0].method", equalTo("PUT"))
                .body("uploads[0].headers.Content-Type", equalTo("image/jpeg"))
                // no part of a key comes from its uploader (issue #12, B15): the grant row says whose it is
                .body("uploads[0].key", matchesPattern("uploads/\\d{4}/\\d{2}/\\d{2}/[0-9a-f-]{36}\\.jpg"))
                .body("uploads[0].key", containsString(".jpg"))
                .body("uploads[1].key", containsString(".mp3"));

        assertEquals(1, TestInfra.count("select count(*) from upload_grant where caller_id = 'citizen-sign-1' "
                + "and object_key = '" + response.path("uploads[0].key") + "'"));
        URI url = URI.create(response.path("uploads[0].url"));
        assertEquals(200, Uploads.put(url, "image/jpeg", photo).statusCode());
    }

    @Test
    void storageRefusesAnotherTypeAnotherSizeOrATamperedUrl() {
        byte[] photo = SampleMedia.jpeg(1000);
        String url = sign(Tokens.citizen("citizen-sign-2"), Map.of("items", List.of(item("PHOTO", "image/jpeg", 1000))))
                .then().statusCode(200).extract().path("uploads[0].url");

        assertEquals(403, Uploads.put(URI.create(url), "image/png", photo).statusCode(), "other content type");
        assertEquals(403, Uploads.put(URI.create(url), "image/jpeg", SampleMedia.jpeg(1001)).statusCode(),
                "other length");
        String tampered = url.replaceFirst("/[0-9a-f]{8}-", "/00000000-");
        org.junit.jupiter.api.Assertions.assertNotEquals(url, tampered);
        assertEquals(403, Uploads.put(URI.create(tampered), "image/jpeg", photo).statusCode(), "other key");
        String badSignature = url.replaceFirst("X-Amz-Signature=[0-9a-f]", "X-Amz-Signature=x");
        assertEquals(403, Uploads.put(URI.create(badSignature), "image/jpeg", photo).statusCode(), "other signature");
        assertEquals(200, Uploads.put(URI.create(url), "image/jpeg", photo).statusCode(), "the genuine upload");
    }

    @Test
    void storageRefusesAnExpiredUrl() {
        clock.shift(Duration.ofHours(-2)); // signed two hours ago, valid for minutes
        String url = sign(Tokens.citizen("citizen-sign-3"), Map.of("items", List.of(item("PHOTO", "image/jpeg", 500))))
                .then().statusCode(200).extract().path("uploads[0].url");
        clock.reset();
        assertEquals(403, Uploads.put(URI.create(url), "image/jpeg", SampleMedia.jpeg(500)).statusCode());
    }

    @Test
    void handlersAndInspectorsMaySignAfterPhotos() {
        sign(Tokens.of("handler-1", "SZC", "handler"), Map.of("items", List.of(item("PHOTO", "image/png", 10))))
                .then().statusCode(200);
        sign(Tokens.of("inspector-1", null, "inspector"), Map.of("items", List.of(item("PHOTO", "image/png", 10))))
                .then().statusCode(200);
    }

    @Test
    void refusesCallersWithoutATokenOrTheRole() {
        Map<String, Object> body = Map.of("items", List.of(item("PHOTO", "image/jpeg", 10)));
        sign(null, body).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        sign(Tokens.of("admin-1", null, "admin"), body).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        sign("not-a-jwt", body).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesWhatStorageMustNotHold() {
        String token = Tokens.citizen("citizen-sign-4");
        sign(token, Map.of("items", List.of(item("PHOTO", "image/jpeg", 10_485_761)))).then().statusCode(413)
                .body("code", equalTo("MEDIA_TOO_LARGE")).body("errors[0].field", equalTo("items[0].contentLength"));
        sign(token, Map.of("items", List.of(item("PHOTO", "application/x-sh", 10)))).then().statusCode(422)
                .body("code", equalTo("UNSUPPORTED_CONTENT_TYPE"));
        sign(token, Map.of("items", List.of(item("VIDEO", "image/jpeg", 10)))).then().statusCode(422)
                .body("code", equalTo("UNSUPPORTED_CONTENT_TYPE"));
        sign(token, Map.of("items", List.of())).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sign(token, Map.of("items", List.of(item("PHOTO", "image/jpeg", 0)))).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].contentLength"));
        sign(token, Map.of("items", java.util.Collections.nCopies(10, item("PHOTO", "image/jpeg", 10))))
                .then().statusCode(422).body("code", equalTo("TOO_MANY_ITEMS"));
    }

    @Test
    void malformedBodiesAreProblemDetailsNot500() {
        String token = Tokens.citizen("citizen-sign-5");
        sign(token, "{not json").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_REQUEST"));
        sign(token, "{\"items\":[{\"kind\":\"PHOTO\",\"contentType\":\"image/jpeg\",\"contentLength\":\"many\"}]}")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"))
                .body("errors[0].field", equalTo("items[0].contentLength"));
        sign(token, "{\"items\":[{\"kind\":\"HOLOGRAM\",\"contentType\":\"image/jpeg\",\"contentLength\":1}]}")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/sign-uploads").then().statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST"));
    }
}
