package io.suishoupai.shared.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.storage.BucketProbe;

/**
 * Readiness of media storage: the bucket answers a signed HEAD ({@link BucketProbe}, no S3 client built). (The
 * database's readiness comes with the reactive PostgreSQL client's own check.) Liveness needs nothing external: a
 * process that answers is alive.
 */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    @Inject
    BucketProbe bucket;

    @Inject
    SuishoupaiConfig config;

    @Override
    public HealthCheckResponse call() {
        String name = config.storage().bucket();
        int status = bucket.status();
        var response = HealthCheckResponse.named("storage").withData("bucket", name);
        if (BucketProbe.isAnswer(status)) {
            return response.up().build();
        }
        // the storage server's HTTP status (403: credentials refused, 404: no such bucket), or 0 when none answered
        return response.down().withData("status", status).build();
    }
}
