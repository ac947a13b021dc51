package io.suishoupai.allinone.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.suishoupai.testing.SuishoupaiTestResource;

/** The all-in-one app serves the citizen's app at /app/ and the console at /console/, each with the config.json written from this configuration. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class WebAppRoutesTest {

    @Test
    void servesTheAppWithIndexRevalidatedAndAssetsCachedForAYear() {
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get("/app").then().statusCode(302).header("Location", "/app/");
        given().get("/app/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache").body(containsString("<div id=\"app\">"));
        Matcher entry = Pattern.compile("assets/index-[\\w-]+\\.js").matcher(given().get("/app/").asString());
        assertTrue(entry.find(), "index.html names its entry script");
        String asset = entry.group().substring("assets/".length());
        given().header("Accept-Encoding", "gzip").get("/app/assets/" + asset).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable").header("Content-Encoding", "gzip");
        given().get("/app/tiles/grid.png").then().statusCode(200).contentType("image/png");
    }

    @Test
    void servesTheConsoleBesideIt() {
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get("/console").then().statusCode(302).header("Location", "/console/");
        given().get("/console/").then().statusCode(200).header("Cache-Control", "no-cache")
                .body(containsString("<div id=\"app\">"));
        given().get("/console/config.json").then().statusCode(200).body("map.tiles.url", equalTo("tiles/grid.png"));
    }

    @Test
    void configJsonTellsTheAppWhereTheApiIsHowToSignInWhichTilesAndTheIntakeLimits() {
        given().get("/app/config.json").then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .body("apiBaseUrl", equalTo(""))
                .body("caseNumberPrefix", equalTo("XN"))
                .body("signIn.dev", equalTo(false)) // only the embedded-defaults launcher turns it on
                .body("signIn.oidc", nullValue())
                .body("map.tiles.url", equalTo("tiles/grid.png"))
                .body("map.tiles.coordSystem", equalTo("WGS84"))
                .body("limits.minPhotos", equalTo(2))
                .body("limits.maxItems", equalTo(9))
                .body("limits.descriptionMaxLength", equalTo(1000));
    }
}
