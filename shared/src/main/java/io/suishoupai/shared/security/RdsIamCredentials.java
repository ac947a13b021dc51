package io.suishoupai.shared.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Unremovable;
import io.quarkus.credentials.CredentialsProvider;
import io.suishoupai.shared.config.SuishoupaiConfig;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The datasource's password as an RDS IAM token, made afresh for every new connection (the reactive pool asks its
 * credentials provider each time it connects, on a worker thread). Chosen by configuration, as the Terraform
 * deployment does: {@code quarkus.datasource.credentials-provider=rds-iam} and
 * {@code quarkus.datasource.credentials-provider-name=rds-iam}; the user is {@code quarkus.datasource.username},
 * the region {@code AWS_REGION} (set by Lambda) or {@code suishoupai.database.region}, the credentials the
 * function's role (the SDK's default chain). Off unless chosen: embedded and container deployments keep passwords.
 */
@ApplicationScoped
@Named("rds-iam")
@Unremovable
public class RdsIamCredentials implements CredentialsProvider {

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @Inject
    SuishoupaiConfig config;

    private volatile AwsCredentialsProvider roleCredentials;

    private final AtomicLong tokensMade = new AtomicLong();

    /** How many tokens this process has made (one per new database connection). */
    public long tokensMade() {
        return tokensMade.get();
    }

    @Override
    public Map<String, String> getCredentials(String credentialsProviderName) {
        String dbUser = user.orElseThrow(() -> new IllegalStateException("quarkus.datasource.username is not set"));
        var endpoint = RdsIamToken.Endpoint.of(url.orElseThrow(
                () -> new IllegalStateException("quarkus.datasource.reactive.url is not set")));
        String awsRegion = config.database().region().or(() -> Optional.ofNullable(System.getenv("AWS_REGION")))
                .orElseThrow(() -> new IllegalStateException("set AWS_REGION or suishoupai.database.region"));
        String token = RdsIamToken.generate(endpoint.host(), endpoint.port(), dbUser, awsRegion,
                credentials().resolveCredentials(), Clock.systemUTC());
        tokensMade.incrementAndGet();
        return Map.of(USER_PROPERTY_NAME, dbUser, PASSWORD_PROPERTY_NAME, token);
    }

    private AwsCredentialsProvider credentials() {
        if (roleCredentials == null) {
            roleCredentials = DefaultCredentialsProvider.builder().build();
        }
        return roleCredentials;
    }
}
