package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.ControllableClock;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/**
 * The production abuse limits, per caller: 30 sign-uploads and 10 submit-report calls a minute (429 RATE_LIMITED
 * with Retry-After, counted in PostgreSQL, refused calls included), at most 60 signed uploads pending (never
 * attached) over 24 h (429 TOO_MANY_PENDING_UPLOADS; attaching frees slots), and 64 KB request bodies (413).
 */
@QuarkusTest
@WithTestResource(value = SuishoupaiTestResource.class,
        initArgs = @ResourceArg(name = SuishoupaiTestResource.LIMITS, value = "production"))
class AbuseLimitsTest {

    @Inject
    ControllableClock clock;

    @BeforeEach
    void freezeInsideOneMinute() {
        // five seconds into the current minute (in the past, so S3 accepts the URLs signed at that time)
        clock.set(Instant.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(5));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Response sign(String token, int items) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(Map.of("kind", "PHOTO", "contentType", "image/jpeg", "contentLength", 3000));
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("items", list))
                .post("/sign-uploads").andReturn();
    }

    @Test
    void signUploadsIsRateLimitedPerCallerAndTheWindowMovesOn() {
        String caller = "rate-signer-" + UUID.randomUUID();
        String token = Tokens.citizen(caller);
        for (int i = 0; i < 30; i++) {
            // bad requests count too: hammering with garbage does not dodge the limit
            Response r = i % 2 == 0 ? sign(token, 1) : given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{}").post("/sign-uploads").andReturn();
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.asString());
        }
        Response refused = sign(token, 1);
        assertEquals(429, refused.statusCode());
        assertEquals("RATE_LIMITED", refused.path("code"));
        assertEquals("55", refused.header("Retry-After"), "the rest of the minute");
        assertEquals(200, sign(Tokens.citizen("another-" + UUID.randomUUID()), 1).statusCode(), "per caller");

        assertEquals(1, TestInfra.count("select count(*) from rate_window where caller_id = '" + caller + "'"));

        clock.shift(Duration.ofMinutes(1));
        assertEquals(200, sign(token, 1).statusCode(), "a new window");
        assertEquals(1, TestInfra.count("select count(*) from rate_window where caller_id = '" + caller
                + "' and hits = 1"), "the finished window is gone: one row per caller and action");
        assertEquals(1, TestInfra.count("select count(*) from rate_window where caller_id = '" + caller + "'"));
    }

    @Test
    void submitReportIsRateLimitedPerCaller() {
        String token = Tokens.citizen("rate-reporter-" + UUID.randomUUID());
        for (int i = 0; i < 10; i++) {
            Calls.submit(token, Map.of("description", "missing everything")).then().statusCode(400);
        }
        Response refused = Calls.submit(token, Calls.report(UUID.randomUUID().toString(), List.of()));
        assertEquals(429, refused.statusCode());
        assertEquals("RATE_LIMITED", refused.path("code"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
    }

    @Test
    void open311SubmissionsAreRateLimitedPerApiKey() {
        String apiKey = given().auth().oauth2(Tokens.of("admin-limits", null, "admin")).contentType(ContentType.JSON)
                .body(Map.of("clientName", "busy-partner-" + UUID.randomUUID())).post("/create-api-key").then()
                .statusCode(200).extract().path("apiKey");
        Map<String, Object> form = Map.of("api_key", apiKey, "lat", "29.8421", "long", "114.3225",
                "description", "缺少服务代码"); // no service_code: refused, but counted
        for (int i = 0; i < 10; i++) {
            given().contentType(ContentType.URLENC).formParams(form).post("/open311/v2/requests.json").then()
                    .statusCode(400);
        }
        given().contentType(ContentType.URLENC).formParams(form).post("/open311/v2/requests.json").then()
                .statusCode(429).body("[0].code", org.hamcrest.Matchers.equalTo(429))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
    }

    @Test
    void pendingUploadsAreCappedAndAttachingFreesThem() {
        String citizen = "pending-" + UUID.randomUUID();
        String token = Tokens.citizen(citizen);
        List<Response> signed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Response r = sign(token, 9);
            assertEquals(200, r.statusCode(), r.asString());
            signed.add(r);
        }
        assertEquals(200, sign(token, 6).statusCode(), "54 + 6 = 60, the cap");
        Response refused = sign(token, 1);
        assertEquals(429, refused.statusCode());
        assertEquals("TOO_MANY_PENDING_UPLOADS", refused.path("code"));
        assertEquals(60, TestInfra.count("select count(*) from upload_grant where caller_id = '" + citizen + "'"),
                "the refused call recorded nothing");

        // upload two of them and attach them to a report: two slots free up
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String url = signed.get(0).path("uploads[" + i + "].url");
            Uploads.put(java.net.URI.create(url), "image/jpeg", SampleMedia.jpeg(3000)).then().statusCode(200);
            keys.add(signed.get(0).path("uploads[" + i + "].key"));
        }
        Calls.submit(token, Calls.report(UUID.randomUUID().toString(), keys)).then().statusCode(200);
        assertEquals(200, sign(token, 2).statusCode());
        assertEquals(429, sign(token, 1).statusCode());

        // a day later the old grants no longer count (the bucket's lifecycle rule deletes those objects)
        clock.shift(Duration.ofHours(25));
        assertEquals(200, sign(token, 9).statusCode());
    }

    @Test
    void concurrentSigningCannotPassThePendingCap() throws Exception {
        String citizen = "racing-uploader-" + UUID.randomUUID();
        String token = Tokens.citizen(citizen);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 30; i++) { // 30 calls of 3: 90 asked for, 60 allowed
                calls.add(pool.submit(() -> sign(token, 3).statusCode()));
            }
            int granted = 0;
            for (var call : calls) {
                int status = call.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(status == 200 || status == 429, "status " + status);
                granted += status == 200 ? 1 : 0;
            }
            assertEquals(20, granted);
            assertEquals(60, TestInfra.count("select count(*) from upload_grant where caller_id = '" + citizen + "'"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void channelUrlsMustBeHttpsToPublicAddresses() {
        String admin = Tokens.of("admin-channels", null, "admin");
        for (String url : List.of("https://169.254.169.254/latest/meta-data/", "https://127.0.0.1:5432/",
                "https://localhost/hook", "https://10.0.0.7/hook", "https://[::1]/hook", "http://203.0.113.10/hook")) {
            Response r = Calls.act(admin, "save-channel", Map.of("ownerKind", "DEPARTMENT", "ownerCode", "SSRF",
                    "url", url, "secret", "at-least-16-characters"));
            assertEquals(400, r.statusCode(), url + ": " + r.asString());
            assertEquals("url", r.path("errors[0].field"), url);
        }
        assertEquals(0, TestInfra.count("select count(*) from notification_channel where owner_code = 'SSRF'"));
        // a public https address is saved (nothing is sent to it here)
        Calls.act(admin, "save-channel", Map.of("ownerKind", "DEPARTMENT", "ownerCode", "SSRF",
                "url", "https://203.0.113.10/hook", "secret", "at-least-16-characters")).then().statusCode(200);
    }

    @Test
    void oversizeBodiesAreRefusedBeforeAnyWork() {
        String huge = "x".repeat(70 * 1024);
        Response r = given().auth().oauth2(Tokens.citizen("big-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"description\":\"" + huge + "\"}").post("/submit-report").andReturn();
        assertEquals(413, r.statusCode());
        assertEquals("PAYLOAD_TOO_LARGE", r.path("code"));
    }
}
