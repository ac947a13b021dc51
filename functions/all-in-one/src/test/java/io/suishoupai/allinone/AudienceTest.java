package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.Tokens;

/**
 * The access table's "wrong audience" row, with an audience configured as production does
 * (mp.jwt.verify.audiences, the same value as the API Gateway JWT authorizer's): a token for another audience, or
 * for none, is 401; a token for this one is served.
 */
@QuarkusTest
@WithTestResource(value = SuishoupaiTestResource.class,
        initArgs = @ResourceArg(name = SuishoupaiTestResource.AUDIENCE, value = "suishoupai-xianning"))
class AudienceTest {

    @Test
    void onlyTokensForThisAudienceAreAccepted() {
        String right = Tokens.claims("aud-citizen", null, "citizen").audience("suishoupai-xianning")
                .sign(Tokens.privateKey());
        String wrong = Tokens.claims("aud-citizen", null, "citizen").audience("another-city")
                .sign(Tokens.privateKey());
        String none = Tokens.citizen("aud-citizen");
        given().auth().oauth2(right).get("/my-cases").then().statusCode(200);
        given().auth().oauth2(wrong).get("/my-cases").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(none).get("/my-cases").then().statusCode(401);
    }
}
