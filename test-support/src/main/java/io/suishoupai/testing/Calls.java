package io.suishoupai.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The calls tests make again and again: one helper for every module's tests. */
public final class Calls {

    private Calls() {
    }

    /** A state-changing call with a fresh idempotencyKey. */
    public static Response act(String token, String function, Map<String, Object> body) {
        Map<String, Object> withKey = new HashMap<>(body);
        withKey.putIfAbsent("idempotencyKey", UUID.randomUUID().toString());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(withKey).post("/" + function).andReturn();
    }

    /** The body of a valid report in Xianning with the given media keys. */
    public static Map<String, Object> report(String idempotencyKey, List<String> media) {
        return Map.of("idempotencyKey", idempotencyKey, "categoryCode", "01-04-02",
                "description", "金桂西路一棵行道树严重倾斜",
                "location", Map.of("lat", 29.8421, "lon", 114.3225, "address", "咸安区金桂西路"),
                "media", media);
    }

    public static Response submit(String token, Map<String, Object> report) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(report).post("/submit-report")
                .andReturn();
    }
}
