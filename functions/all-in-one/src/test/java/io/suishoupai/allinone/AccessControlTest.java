package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.suishoupai.embedded.EmbeddedInfra;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.suishoupai.shared.security.CachingJwtParser;
import io.suishoupai.shared.security.Role;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.Tokens;

/**
 * One table of every function and the roles that may call it, derived from what each function declares; the test
 * is generated from it: no token, broken tokens (expired, not yet valid, wrong issuer, bad signature, alg none) and
 * every single role, each answered as the declaration says.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class AccessControlTest {

    /**
     * "METHOD function" → roles allowed (empty: anyone, no token), derived: the roles each function declares
     * ({@code @Allowed} / {@code @Public}) and its method ({@code @ReadOnly}: GET), read by {@link FunctionAccess}.
     */
    static final Map<String, Set<String>> TABLE = table();

    static Map<String, Set<String>> table() {
        Map<String, Set<String>> t = new LinkedHashMap<>();
        FunctionAccess.all().values().forEach(f -> t.put(f.method() + " " + f.name(), f.roles()));
        return t;
    }

    @Test
    void theTableCoversEveryFunctionAndRealRoles() {
        assertEquals(FunctionAccess.all().keySet(), new java.util.TreeSet<>(TABLE.keySet().stream()
                .map(k -> k.split(" ")[1]).toList()), "every @Funq is in the table, once");
        TABLE.values().forEach(roles -> assertTrue(ROLES.containsAll(roles), "unknown role in " + roles));
        assertTrue(TABLE.size() >= 47, "functions: " + TABLE.size());
    }

    static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::claim).toList();

    static Response call(String entry, String token) {
        String[] parts = entry.split(" ");
        var request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return parts[0].equals("GET") ? request.get("/" + parts[1]).andReturn()
                : request.contentType("application/json").body("{}").post("/" + parts[1]).andReturn();
    }

    static String unsigned(String sub, String role) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + EmbeddedInfra.ISSUER + "\",\"sub\":\"" + sub
                + "\",\"groups\":[\"" + role + "\"],\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    static Map<String, String> brokenTokens() {
        Instant now = Instant.now();
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("expired", Tokens.claims("u-expired", null, ROLES.toArray(String[]::new))
                .issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)).sign(Tokens.privateKey()));
        broken.put("not yet valid", Tokens.claims("u-future", null, ROLES.toArray(String[]::new))
                .claim("nbf", now.plusSeconds(3600).getEpochSecond()).sign(Tokens.privateKey()));
        broken.put("wrong issuer", Tokens.claims("u-issuer", null, ROLES.toArray(String[]::new))
                .issuer("https://evil.example").sign(Tokens.privateKey()));
        broken.put("bad signature", Tokens.claims("u-forged", null, ROLES.toArray(String[]::new))
                .sign(Tokens.otherPrivateKey()));
        broken.put("minted for a hundred years", Tokens.claims("u-forever", null, ROLES.toArray(String[]::new))
                .issuedAt(now).expiresAt(now.plus(java.time.Duration.ofDays(36500))).sign(Tokens.privateKey()));
        broken.put("issued in the future", Tokens.claims("u-ahead", null, ROLES.toArray(String[]::new))
                .issuedAt(now.plusSeconds(86400)).expiresAt(now.plusSeconds(90000)).sign(Tokens.privateKey()));
        broken.put("alg none", unsigned("u-none", "admin"));
        broken.put("garbage", "not.a.jwt");
        return broken;
    }

    @Test
    void everyFunctionAnswersEveryCallerAsTheTableSays() {
        int checked = 0;
        Map<String, String> broken = brokenTokens();
        for (var row : TABLE.entrySet()) {
            String entry = row.getKey();
            Set<String> allowed = row.getValue();

            int anonymous = call(entry, null).statusCode();
            if (allowed.isEmpty()) {
                assertTrue(anonymous != 401 && anonymous != 403 && anonymous < 500, entry + " is public: " + anonymous);
            } else {
                assertEquals(401, anonymous, entry + " without a token");
            }
            for (var token : broken.entrySet()) {
                Response r = call(entry, token.getValue());
                assertEquals(401, r.statusCode(), entry + " with a token that is " + token.getKey());
                assertTrue(r.contentType().startsWith("application/problem+json"), entry + " " + token.getKey());
            }
            for (String role : ROLES) {
                int status = call(entry, Tokens.of("u-" + role, "YLJ", role)).statusCode();
                if (allowed.isEmpty() || allowed.contains(role)) {
                    assertTrue(status != 401 && status != 403 && status < 500, entry + " as " + role + ": " + status);
                } else {
                    assertEquals(403, status, entry + " as " + role);
                }
            }
            checked += 1 + broken.size() + ROLES.size();
        }
        assertTrue(checked > 500, "calls checked: " + checked);
    }

    /**
     * Tokens are verified once and remembered (CachingJwtParser): a remembered token still meets every check that
     * is not about its signature on each call, and a token one character off is verified afresh.
     */
    @Test
    void aRememberedTokenIsCheckedOnEveryCall() {
        var parser = ClientProxy.unwrap(Arc.container().instance(JWTParser.class).get());
        assertTrue(parser instanceof CachingJwtParser, "active parser: " + parser);

        String handler = Tokens.of("u-remembered", "YLJ", "handler");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, given().auth().oauth2(handler).get("/work-queue?queue=DEPARTMENT").statusCode(), "call " + i);
            assertEquals(403, call("GET list-channels", handler).statusCode(), "a remembered token keeps its roles");
        }
        int at = handler.length() - 10; // inside the signature, where every character carries six bits
        String altered = handler.substring(0, at) + (handler.charAt(at) == 'A' ? 'B' : 'A') + handler.substring(at + 1);
        assertEquals(401, given().auth().oauth2(altered).get("/work-queue?queue=DEPARTMENT").statusCode(),
                "its signature altered");

        String forever = brokenTokens().get("minted for a hundred years");
        for (int i = 0; i < 2; i++) {
            assertEquals(401, given().auth().oauth2(forever).get("/work-queue?queue=DEPARTMENT").statusCode(),
                    "a signed token refused by its lifetime, call " + i);
        }
    }
}
