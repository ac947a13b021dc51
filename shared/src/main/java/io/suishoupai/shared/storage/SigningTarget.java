package io.suishoupai.shared.storage;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;

/**
 * Where and as whom URLs are signed: the region, the endpoint override and the credentials the S3 client is
 * configured with ({@code quarkus.s3.*}). Read from that configuration, signing a URL or probing the bucket does not
 * build the S3 client, whose HTTP client, TLS context and endpoint rules took about half a second of sign-uploads'
 * first call after a start. Only what resolves the same way here as in the client is read: a region, and the default
 * credentials chain (without options) or static keys. Anything else is taken from the client's own configuration.
 * The credentials provider is kept, not the credentials, so rotating credentials (a Lambda role's) resolve per URL.
 */
record SigningTarget(String region, URI endpointOverride,
        IdentityProvider<? extends AwsCredentialsIdentity> credentials) {

    private static final String S3 = "quarkus.s3.";
    private static final String CREDENTIALS = S3 + "aws.credentials.";
    private static final String STATIC = CREDENTIALS + "static-provider.";

    /** The target as the client's configuration says, or empty where only the client can tell. */
    static Optional<SigningTarget> fromConfig(Config config) {
        Optional<String> region = value(config, S3 + "aws.region");
        Optional<URI> endpoint = value(config, S3 + "endpoint-override").map(URI::create);
        String type = value(config, CREDENTIALS + "type").orElse("default").toLowerCase(Locale.ROOT).replace('_', '-');
        if (region.isEmpty()) {
            return Optional.empty(); // the client asks the SDK's region chain
        }
        IdentityProvider<? extends AwsCredentialsIdentity> credentials = switch (type) {
            case "default" -> hasAny(config, CREDENTIALS + "default-provider.") ? null
                    : DefaultCredentialsProvider.builder().build();
            case "static" -> staticKeys(config);
            default -> null;
        };
        return credentials == null ? Optional.empty()
                : Optional.of(new SigningTarget(region.get(), endpoint.orElse(null), credentials));
    }

    static SigningTarget of(S3ServiceClientConfiguration client) {
        return new SigningTarget(client.region().id(), client.endpointOverride().orElse(null),
                client.credentialsProvider());
    }

    private static StaticCredentialsProvider staticKeys(Config config) {
        Optional<String> id = value(config, STATIC + "access-key-id");
        Optional<String> secret = value(config, STATIC + "secret-access-key");
        if (id.isEmpty() || secret.isEmpty()) {
            return null; // the client fails the same way, on its first use
        }
        Optional<String> session = value(config, STATIC + "session-token");
        return StaticCredentialsProvider.create(session.isPresent()
                ? AwsSessionCredentials.create(id.get(), secret.get(), session.get())
                : AwsBasicCredentials.create(id.get(), secret.get()));
    }

    private static Optional<String> value(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Any key under the prefix, dotted or as an environment variable (QUARKUS_S3_…). */
    private static boolean hasAny(Config config, String prefix) {
        String envPrefix = envName(prefix);
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix) || envName(name).startsWith(envPrefix)) {
                return true;
            }
        }
        return false;
    }

    private static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
