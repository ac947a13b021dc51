package io.suishoupai.triage.function;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.testing.Tokens;

/** Staff callers and their calls, as a client makes them. */
final class Staff {

    static final String SCREENER = Tokens.of("screener-1", null, "screener");
    static final String SCREENER_2 = Tokens.of("screener-2", null, "screener");
    static final String HANDLER_YLJ = Tokens.of("handler-ylj", "YLJ", "handler");
    static final String HANDLER_SZC = Tokens.of("handler-szc", "SZC", "handler");
    static final String INSPECTOR = Tokens.of("inspector-1", null, "inspector");
    static final String ADMIN = Tokens.of("admin-1", null, "admin");

    private Staff() {
    }

    static Response post(String token, String function, Map<String, ?> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/" + function).andReturn();
    }

    /** A case command with a fresh idempotencyKey. */
    static Map<String, Object> command(String caseNumber, Object... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("idempotencyKey", UUID.randomUUID().toString());
        body.put("caseNumber", caseNumber);
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    static Response act(String token, String function, String caseNumber, Object... fields) {
        return post(token, function, command(caseNumber, fields));
    }
}
