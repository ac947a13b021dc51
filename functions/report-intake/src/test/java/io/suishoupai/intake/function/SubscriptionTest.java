package io.suishoupai.intake.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * Issue #18, item 3: a citizen follows a case, an area or a circle; follows their own reports and what they said was
 * still there; unsubscribes; and cannot follow without bound.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class SubscriptionTest {

    static String citizen() {
        return "citizen-sub-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void grid(String code) {
        TestInfra.execute("insert into area (code, name, kind, geojson, active, min_lat, max_lat, min_lon, max_lon) "
                + "values ('" + code + "', '温泉网格" + code + "', 'GRID', '{\"type\":\"Polygon\",\"coordinates\":[[[114.32,29.84],"
                + "[114.33,29.84],[114.33,29.85],[114.32,29.84]]]}', true, 29.84, 29.85, 114.32, 114.33) "
                + "on conflict do nothing");
    }

    @Test
    void aCitizenFollowsACaseAnAreaAndACircleAndSeesThemAll() {
        String me = citizen();
        String token = Tokens.citizen(me);
        String mine = TestCases.submitted("01-04-02", 29.8421, 114.3225, me);
        String other = TestCases.submitted("01-04-02", 29.8421, 114.3225, citizen());
        grid("SUB-G1");

        int id = Calls.act(token, "subscribe", Map.of("caseNumber", other)).then().statusCode(200)
                .body("kind", equalTo("CASE")).body("caseNumber", equalTo(other)).extract().path("id");
        Calls.act(token, "subscribe", Map.of("caseNumber", other)).then().statusCode(200).body("id", equalTo(id));
        Calls.act(token, "subscribe", Map.of("area", Map.of("code", "SUB-G1"))).then().statusCode(200)
                .body("kind", equalTo("AREA")).body("area.name", equalTo("温泉网格SUB-G1"));
        // a WeChat (GCJ-02) point is kept in WGS-84, answered back in the system asked for
        Calls.act(token, "subscribe", Map.of("near", Map.of("lat", 29.8397, "lon", 114.3287, "coordSystem", "GCJ02",
                "radius", 500))).then().statusCode(200).body("kind", equalTo("NEAR")).body("near.radius", equalTo(500));
        assertEquals(1, TestInfra.count("select count(*) from subscription where account_id = '" + me
                + "' and kind = 'NEAR' and abs(lat - 29.8397) > 0.001"), "stored in WGS-84, not as sent");

        given().auth().oauth2(token).get("/my-subscriptions?coordSystem=GCJ02").then().statusCode(200)
                .body("", hasSize(4)).body("caseNumber", hasItem(mine)).body("caseNumber", hasItem(other))
                .body("find { it.kind == 'NEAR' }.near.centre.lat", equalTo(29.8397f))
                .body("find { it.kind == 'NEAR' }.near.centre.coordSystem", equalTo("GCJ02"));

        Calls.act(token, "unsubscribe", Map.of("caseNumber", mine)).then().statusCode(200);
        Calls.act(token, "unsubscribe", Map.of("id", id)).then().statusCode(200);
        Calls.act(token, "unsubscribe", Map.of("id", id)).then().statusCode(404)
                .body("code", equalTo("SUBSCRIPTION_NOT_FOUND"));
        Calls.act(token, "unsubscribe", Map.of("area", Map.of("code", "SUB-G1"))).then().statusCode(200);
        given().auth().oauth2(token).get("/my-subscriptions").then().statusCode(200).body("", hasSize(1));
        // nobody unsubscribes anyone else
        int circle = given().auth().oauth2(token).get("/my-subscriptions").then().extract().path("[0].id");
        Calls.act(Tokens.citizen(citizen()), "unsubscribe", Map.of("id", circle)).then().statusCode(404);
    }

    @Test
    void aSupporterFollowsTheCase() {
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, citizen());
        String neighbour = citizen();
        Calls.act(Tokens.citizen(neighbour), "support-case", Map.of("caseNumber", number)).then().statusCode(200);
        given().auth().oauth2(Tokens.citizen(neighbour)).get("/my-subscriptions").then().statusCode(200)
                .body("caseNumber", equalTo(java.util.List.of(number)));
    }

    @Test
    void refusals() {
        String token = Tokens.citizen(citizen());
        Calls.act(token, "subscribe", Map.of()).then().statusCode(400).body("errors[0].field", equalTo("caseNumber"));
        Calls.act(token, "subscribe", Map.of("caseNumber", "XN-20260901-1", "area", Map.of("code", "X")))
                .then().statusCode(400);
        Calls.act(token, "subscribe", Map.of("caseNumber", "XN-20990101-999999")).then().statusCode(404)
                .body("code", equalTo("CASE_NOT_FOUND"));
        Calls.act(token, "subscribe", Map.of("area", Map.of("code", "NO-SUCH-AREA"))).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_AREA"));
        Calls.act(token, "subscribe", Map.of("near", Map.of("lat", 29.84, "lon", 114.32, "radius", 50_000)))
                .then().statusCode(400).body("errors[0].field", equalTo("near.radius"));
        Calls.act(token, "subscribe", Map.of("near", Map.of("lat", 129.84, "lon", 114.32, "radius", 500)))
                .then().statusCode(400).body("errors[0].field", equalTo("near.lat"));
        given().get("/my-subscriptions").then().statusCode(401);
    }

    @Test
    void aCitizenFollowsTwentyPlacesAtMost() {
        String token = Tokens.citizen(citizen());
        for (int i = 0; i < 20; i++) {
            Calls.act(token, "subscribe", Map.of("near", Map.of("lat", 29.80 + i * 0.001, "lon", 114.32, "radius", 200)))
                    .then().statusCode(200);
        }
        Calls.act(token, "subscribe", Map.of("near", Map.of("lat", 29.9, "lon", 114.32, "radius", 200)))
                .then().statusCode(422).body("code", equalTo("TOO_MANY_SUBSCRIPTIONS"));
    }
}
