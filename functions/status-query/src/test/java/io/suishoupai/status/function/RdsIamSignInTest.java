package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.suishoupai.shared.security.RdsIamCredentials;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * The deployment's database sign-in without a password (issue #12, B19), wired as Terraform configures it: the
 * reactive pool asks {@code rds-iam} for credentials and gets a signed RDS IAM token for each new connection. The
 * embedded PostgreSQL trusts local connections, so this proves the wiring (the provider is found, called per
 * connection, and the function works through it), not that RDS accepts the token — {@code RdsIamTokenTest} checks
 * the token against the AWS SDK's own generator; nothing here reaches AWS.
 */
@QuarkusTest
@TestProfile(RdsIamSignInTest.IamAuthentication.class)
@WithTestResource(SuishoupaiTestResource.class)
class RdsIamSignInTest {

    public static class IamAuthentication implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the role's credentials, as Lambda provides them (the SDK's default chain reads these first)
            System.setProperty("aws.accessKeyId", "AKIAEXAMPLEROLE00000");
            System.setProperty("aws.secretAccessKey", "role-secret-key");
            return Map.of("quarkus.datasource.credentials-provider", "rds-iam",
                    "quarkus.datasource.credentials-provider-name", "rds-iam",
                    "suishoupai.database.region", "cn-north-1");
        }
    }

    @Inject
    RdsIamCredentials credentials;

    @Test
    void theFunctionReachesItsDatabaseThroughTokensMadePerConnection() {
        given().get("/case-stats").then().statusCode(200);
        given().queryParam("q", "树").get("/search-cases").then().statusCode(200);
        assertTrue(credentials.tokensMade() >= 1, "the pool signed in with a token");
    }
}
