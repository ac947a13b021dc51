package io.suishoupai.shared.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.suishoupai.shared.config.SuishoupaiConfig;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Readiness of media storage: the bucket answers. (The database's readiness comes with the reactive PostgreSQL
 * client's own check.) Liveness needs nothing external: a process that answers is alive.
 */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    @Inject
    S3Client s3;

    @Inject
    SuishoupaiConfig config;

    @Override
    public HealthCheckResponse call() {
        String bucket = config.storage().bucket();
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return HealthCheckResponse.named("storage").up().withData("bucket", bucket).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("storage").down().withData("bucket", bucket)
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
