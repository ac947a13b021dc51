package io.suishoupai.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rds.RdsUtilities;

class RdsIamTokenTest {

    static final AwsBasicCredentials ROLE = AwsBasicCredentials.create("AKIAEXAMPLEROLE00000", "role-secret-key");
    static final String PROXY = "suishoupai-prod.proxy-abc123.cn-north-1.rds.amazonaws.com.cn";

    static String amzDate(String token) {
        Matcher m = Pattern.compile("X-Amz-Date=([0-9TZ]+)").matcher(token);
        return m.find() ? m.group(1) : "";
    }

    static java.util.Map<String, String> parameters(String token) {
        java.util.Map<String, String> map = new java.util.TreeMap<>();
        for (String pair : token.substring(token.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            map.put(kv[0], kv[1]);
        }
        return map;
    }

    @Test
    void theTokenIsTheOneTheAwsSdkMakes() {
        RdsUtilities sdk = RdsUtilities.builder().region(Region.of("cn-north-1"))
                .credentialsProvider(StaticCredentialsProvider.create(ROLE)).build();
        for (int attempt = 0; attempt < 5; attempt++) {
            String ours = RdsIamToken.generate(PROXY, 5432, "suishoupai", "cn-north-1", ROLE, Clock.systemUTC());
            String theirs = sdk.generateAuthenticationToken(b -> b.hostname(PROXY).port(5432).username("suishoupai"));
            if (amzDate(ours).equals(amzDate(theirs))) { // both signed in the same second
                // the same request and signature; the SDK lists the query parameters in another order
                assertEquals(parameters(theirs), parameters(ours));
                assertEquals(theirs.substring(0, theirs.indexOf('?')), ours.substring(0, ours.indexOf('?')));
                assertTrue(ours.startsWith(PROXY + ":5432/?"), ours);
                assertTrue(ours.contains("Action=connect") && ours.contains("DBUser=suishoupai"), ours);
                assertTrue(ours.contains("X-Amz-Expires=900"), "valid 15 minutes: " + ours);
                assertTrue(ours.contains("%2Frds-db%2Faws4_request"), "signed for rds-db: " + ours);
                return;
            }
        }
        throw new AssertionError("never signed both within one second");
    }

    @Test
    void theEndpointComesFromTheDatasourceUrl() {
        assertEquals(new RdsIamToken.Endpoint(PROXY, 5432),
                RdsIamToken.Endpoint.of("postgresql://" + PROXY + ":5432/suishoupai?sslmode=require"));
        assertEquals(new RdsIamToken.Endpoint("db.internal", 5432),
                RdsIamToken.Endpoint.of("vertx-reactive:postgresql://db.internal/suishoupai"));
        assertThrows(IllegalArgumentException.class, () -> RdsIamToken.Endpoint.of("not a url"));
    }
}
