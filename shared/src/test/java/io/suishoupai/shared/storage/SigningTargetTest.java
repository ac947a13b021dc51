package io.suishoupai.shared.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

class SigningTargetTest {

    private static Optional<SigningTarget> target(Map<String, String> properties) {
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 100)).build();
        return SigningTarget.fromConfig(config);
    }

    @Test
    void staticKeysSignAsTheClientWouldWithoutBuildingIt() {
        SigningTarget target = target(Map.of("quarkus.s3.aws.region", "cn-north-1",
                "quarkus.s3.endpoint-override", "http://127.0.0.1:9000",
                "quarkus.s3.aws.credentials.type", "STATIC",
                "quarkus.s3.aws.credentials.static-provider.access-key-id", "id",
                "quarkus.s3.aws.credentials.static-provider.secret-access-key", "secret",
                "quarkus.s3.aws.credentials.static-provider.session-token", "session")).orElseThrow();
        assertEquals("cn-north-1", target.region());
        assertEquals(URI.create("http://127.0.0.1:9000"), target.endpointOverride());
        AwsCredentialsIdentity keys = target.credentials().resolveIdentity().join();
        assertEquals("id", keys.accessKeyId());
        assertEquals("secret", keys.secretAccessKey());
        assertEquals("session", assertInstanceOf(AwsSessionCredentials.class, keys).sessionToken());
    }

    @Test
    void theDefaultChainIsTheDefault() {
        SigningTarget target = target(Map.of("quarkus.s3.aws.region", "cn-northwest-1")).orElseThrow();
        assertInstanceOf(DefaultCredentialsProvider.class, target.credentials());
        assertNull(target.endpointOverride(), "AWS itself: no endpoint override");
    }

    @Test
    void whatOnlyTheClientResolvesIsLeftToTheClient() {
        assertTrue(target(Map.of()).isEmpty(), "no region: the SDK's region chain");
        assertTrue(target(Map.of("quarkus.s3.aws.region", "cn-north-1",
                "quarkus.s3.aws.credentials.type", "profile")).isEmpty(), "a credentials type not read here");
        assertTrue(target(Map.of("quarkus.s3.aws.region", "cn-north-1",
                "quarkus.s3.aws.credentials.default-provider.profile-name", "city")).isEmpty(),
                "the default chain with options");
        assertTrue(target(Map.of("quarkus.s3.aws.region", "cn-north-1",
                "quarkus.s3.aws.credentials.type", "static")).isEmpty(), "static without its keys");
    }
}
