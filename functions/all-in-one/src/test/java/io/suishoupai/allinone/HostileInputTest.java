package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * Every function against a table of malformed and hostile bodies and parameters, by a caller holding every role:
 * each answer is a 4xx problem detail with a stable code — never a 500, never a stack trace — and nothing is stored.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class HostileInputTest {

    static final String EVERY_ROLE = Tokens.of("chaos-monkey", "YLJ", "citizen", "staff", "screener", "handler",
            "inspector", "admin", "scheduler", "leader");

    static final List<String> POST_FUNCTIONS = List.of("sign-uploads", "submit-report", "add-case-info", "support-case",
            "subscribe", "unsubscribe", "block-reporter", "unblock-reporter", "screen-case", "dispatch-case",
            "return-case", "request-extension", "decide-extension", "report-disposal", "verify-case", "report-check",
            "register-case", "request-suspension", "decide-suspension", "defer-case", "resume-case", "void-case",
            "close-unresolved", "add-case-note", "save-template", "assign-case", "moderate-case", "redact-media", "save-department",
            "save-category", "save-area", "save-routing-rule", "save-calendar-day", "create-api-key", "revoke-api-key",
            "run-reminders", "deliver-notifications", "save-channel", "retry-notification", "discard-notification",
            "generate-bulletin", "adjust-points", "save-reward", "redeem-reward", "cancel-redemption", "rate-case");

    /** Functions whose every input is optional ("at" defaults to now): a body they can read is a valid call. */
    static final java.util.Set<String> ALL_OPTIONAL = java.util.Set.of("run-reminders", "deliver-notifications");

    static final List<String> GET_FUNCTIONS = List.of("get-case", "search-cases", "my-cases", "my-subscriptions", "case-stats", "case-heatmap", "work-queue",
            "suggest-route", "route-preview", "list-notifications", "get-bulletin", "points-history");

    static final List<String> FIELDS = List.of("caseNumber", "description", "categoryCode", "location", "media", "items",
            "decision", "hours", "sku", "score", "month", "at", "id");

    /** JSON values: wrong types, out-of-range and overflowing numbers, injection strings, odd Unicode, traversal. */
    static final List<String> HOSTILE_VALUES = List.of("null", "12345678901234567890123", "-1", "1.5e308", "true",
            "[]", "{}", "\"\"", "\"\\u202e\\ud800\\u0000\"", "\"' OR 1=1 --\"", "\"<img src=x onerror=alert(1)>\"",
            "\"../../../../etc/passwd\"", "[\"uploads/../../../x.jpg\"]", "{\"lat\":91,\"lon\":181}");

    static List<String> hostileBodies() {
        List<String> bodies = new ArrayList<>(List.of(
                "", "null", "[]", "\"text\"", "42", "true", "{", "}", "{\"a\":}", "{'single':'quotes'}",
                "{\"idempotencyKey\":{\"nested\":1}}", "{\"caseNumber\":[1,2]}", "{\"items\":\"not a list\"}",
                "{\"score\":\"five\"}", "{\"delta\":1e400}", "{\"hours\":-99999999999999999999}",
                "{\"lat\":NaN,\"lon\":Infinity}", "{\"location\":{\"lat\":1e308,\"lon\":-1e308}}",
                "{\"caseNumber\":\"XN-20260101-000001' OR '1'='1\"}", "{\"caseNumber\":\"<script>alert(1)</script>\"}",
                "{\"sku\":\"../../etc/passwd\",\"idempotencyKey\":\"abcdefgh\"}",
                "{\"media\":[\"uploads/../../secret.jpg\"],\"idempotencyKey\":\"abcdefgh\"}",
                "{\"decision\":\"MAYBE\"}", "{\"ownerKind\":\"MARTIANS\"}", "{\"kind\":\"HOLOGRAM\"}",
                "{\"month\":\"2026-99\"}", "{\"day\":\"2026-02-30\"}", "{\"id\":\"seven\"}", "{\"id\":-1}",
                "{\"at\":\"the day after tomorrow\"}", "{\"geojson\":{\"type\":\"Polygon\",\"coordinates\":\"x\"}}",
                "{\"description\":\"\\u0000\\u0001\\u202e\\ud83d\\ude00\",\"idempotencyKey\":\"abcdefgh\"}",
                "{\"idempotencyKey\":\"" + "k".repeat(5000) + "\"}"));
        bodies.add("[".repeat(5000) + "]".repeat(5000));
        bodies.add("{\"a\":" .repeat(3000) + "1" + "}".repeat(3000));
        bodies.add("{\"description\":\"" + "长".repeat(30000) + "\"}");
        // every field a function reads, one at a time, set to each hostile value (the rest of the body valid-ish)
        for (String field : FIELDS) {
            for (String value : HOSTILE_VALUES) {
                bodies.add("{\"idempotencyKey\":\"hostile-" + Math.abs((field + value).hashCode()) + "\",\"" + field
                        + "\":" + value + "}");
            }
        }
        return bodies;
    }

    static void problem(Response r, String what) {
        int status = r.statusCode();
        assertTrue(status >= 400 && status < 500, what + " → " + status + " " + r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), what + " → " + r.contentType());
        String body = r.asString();
        assertTrue(r.jsonPath().getString("code") != null && !r.jsonPath().getString("code").isBlank(), what + ": " + body);
        assertTrue(!body.contains("Exception") && !body.contains("\tat "), what + " leaks a stack trace: " + body);
    }

    @Test
    void everyPostFunctionAnswersHostileBodiesWithProblems() {
        long before = TestInfra.count("select (select count(*) from city_case) + (select count(*) from case_event) "
                + "+ (select count(*) from points_entry) + (select count(*) from reward) + (select count(*) from api_key)");
        int tried = 0;
        for (String function : POST_FUNCTIONS) {
            int triedHere = 0;
            for (String body : hostileBodies()) {
                triedHere++;
                Response r = given().auth().oauth2(EVERY_ROLE).contentType("application/json")
                        .body(body.getBytes(StandardCharsets.UTF_8)).post("/" + function).andReturn();
                String what = function + " " + (body.length() > 60 ? body.substring(0, 60) + "…" : body);
                if (ALL_OPTIONAL.contains(function) && r.statusCode() == 200) {
                    tried++;
                    continue;
                }
                problem(r, what);
                tried++;
            }
            problem(given().auth().oauth2(EVERY_ROLE).contentType("application/json")
                    .body(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                    .post("/" + function).andReturn(), function + " invalid UTF-8");
            problem(given().auth().oauth2(EVERY_ROLE).contentType("text/plain").body("hello")
                    .post("/" + function).andReturn(), function + " text/plain");
            problem(given().auth().oauth2(EVERY_ROLE).contentType("application/json")
                    .body("{\"x\":\"" + "y".repeat(70_000) + "\"}").post("/" + function).andReturn(), function + " oversize");
            // trailing garbage after a complete value is not a body of {}: it was read as one before
            problem(given().auth().oauth2(EVERY_ROLE).contentType("application/json").body("{}}")
                    .post("/" + function).andReturn(), function + " {}}");
            tried += 4;
            assertTrue(triedHere + 3 >= 100, function + ": " + (triedHere + 3) + " hostile inputs, fewer than 100");
        }
        long after = TestInfra.count("select (select count(*) from city_case) + (select count(*) from case_event) "
                + "+ (select count(*) from points_entry) + (select count(*) from reward) + (select count(*) from api_key)");
        assertTrue(tried >= 100 * POST_FUNCTIONS.size(), "inputs tried: " + tried);
        org.junit.jupiter.api.Assertions.assertEquals(before, after, "nothing stored");
    }

    @Test
    void everyGetFunctionAnswersHostileParametersWithProblems() {
        String[][] params = {{"caseNumber", "' OR 1=1 --"}, {"page", "-1"}, {"size", "999999"}, {"page", "x"},
                {"lat", "NaN"}, {"lon", "Infinity"}, {"radius", "-5"}, {"from", "not-a-date"}, {"state", "ZOMBIE"},
                {"queue", "NONE"}, {"month", "2026-13"}, {"groupBy", "PLANET"}, {"caseNumber", "../../etc/passwd"}};
        List<String[]> all = new ArrayList<>(List.of(params));
        for (String name : List.of("caseNumber", "page", "size", "lat", "lon", "radius", "from", "to", "state",
                "queue", "month", "groupBy", "q", "category", "place", "department")) {
            for (String value : List.of("", " ", "-1", "2147483647", "99999999999999999999", "1e309", "NaN", "true", "' OR 1=1 --",
                    "<script>alert(1)</script>", "../../../etc/passwd", "\u202e\u0000", "x".repeat(3000))) {
                all.add(new String[] {name, value});
            }
        }
        assertTrue(all.size() >= 100, "hostile parameters per function: " + all.size());
        for (String function : GET_FUNCTIONS) {
            for (String[] p : all) {
                Response r = given().auth().oauth2(EVERY_ROLE).queryParam(p[0], p[1]).get("/" + function).andReturn();
                int status = r.statusCode();
                assertTrue(status < 500, function + "?" + p[0] + "=" + p[1] + " → " + status + " " + r.asString());
                if (status >= 400) {
                    problem(r, function + "?" + p[0] + "=" + p[1]);
                }
            }
        }
    }
}
