package io.suishoupai.shared.storage;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.time.AppClock;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Presigns URLs with SigV4 in the query string: PUT for uploads, GET for viewing kept media. For a PUT,
 * Content-Type and Content-Length are signed headers, so S3 refuses an upload of another type or size; S3 refuses
 * a tampered URL and one used after it expires. The signing time
 * comes from {@link AppClock} (so expiry is testable without sleeping); credentials, region and endpoint are the
 * S3 client's ({@link SigningTarget}), read without building the client where its configuration allows.
 */
@ApplicationScoped
public class UploadSigner {

    /** A signed upload: where to PUT, with which headers, until when. */
    public record SignedUpload(URI url, Map<String, String> headers, Instant expiresAt) {
    }

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    @Inject
    S3Client s3;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    public SignedUpload presignPut(String key, MediaType type, long contentLength) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.PUT)
                .putHeader("Content-Type", type.contentType())
                .putHeader("Content-Length", Long.toString(contentLength));
        Signed signed = sign(request, key, config.storage().uploadUrlTtl());
        return new SignedUpload(signed.url(), Map.of("Content-Type", type.contentType()), signed.expiresAt());
    }

    /**
     * A link to read a kept object (a case's photo in a view), valid for {@code suishoupai.storage.view-url-ttl}:
     * the bucket stays private, and a link copied out of a view stops working soon.
     */
    public URI presignGet(String key) {
        return sign(SdkHttpRequest.builder().method(SdkHttpMethod.GET), key, config.storage().viewUrlTtl()).url();
    }

    private record Signed(URI url, Instant expiresAt) {
    }

    private volatile SigningTarget target;

    /** Read once: asking the client for its configuration rebuilt that object each time (a third of a view). */
    private SigningTarget target() {
        SigningTarget t = target;
        if (t == null) {
            t = SigningTarget.fromConfig(ConfigProvider.getConfig())
                    .orElseGet(() -> SigningTarget.of(s3.serviceClientConfiguration()));
            target = t;
        }
        return t;
    }

    /**
     * A HEAD of the bucket itself, signed for the storage server as this process reaches it (never the public
     * endpoint): what {@link BucketProbe} asks to learn whether the bucket answers, without the S3 client.
     */
    URI presignHeadBucket() {
        SigningTarget where = target();
        String bucket = config.storage().bucket();
        URI uri = where.endpointOverride() != null
                ? URI.create(where.endpointOverride().toString().replaceAll("/+$", "") + "/" + bucket)
                : URI.create("https://" + bucket + ".s3." + where.region() + "." + awsDomain(where.region()) + "/");
        return sign(SdkHttpRequest.builder().method(SdkHttpMethod.HEAD), uri, PROBE_TTL).url();
    }

    /** A probe's URL is used at once; a minute covers clocks a little apart. */
    private static final Duration PROBE_TTL = Duration.ofMinutes(1);

    private Signed sign(SdkHttpRequest.Builder request, String key, Duration ttl) {
        SigningTarget where = target();
        return sign(request, objectUri(key, where.region(), where.endpointOverride()), ttl);
    }

    private Signed sign(SdkHttpRequest.Builder request, URI uri, Duration ttl) {
        SigningTarget where = target();
        AwsCredentialsIdentity credentials = where.credentials().resolveIdentity().join();
        Clock signingClock = clock.clock();
        Instant signedAt = signingClock.instant();
        request.uri(uri);

        var signed = SIGNER.sign(SignRequest.builder(credentials)
                .request(request.build())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, where.region())
                .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, ttl)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                .putProperty(HttpSigner.SIGNING_CLOCK, signingClock)
                .build());
        return new Signed(signed.request().getUri(), signedAt.plus(ttl));
    }

    /** Path-style on an endpoint override (S3-compatible servers), virtual-hosted on AWS. */
    private URI objectUri(String key, String region, URI endpointOverride) {
        String bucket = config.storage().bucket();
        String base = config.storage().publicEndpoint()
                .orElse(endpointOverride == null ? null : endpointOverride.toString());
        if (base != null) {
            return URI.create(base.replaceAll("/+$", "") + "/" + bucket + "/" + key);
        }
        return URI.create("https://" + bucket + ".s3." + region + "." + awsDomain(region) + "/" + key);
    }

    private static String awsDomain(String region) {
        return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }
}
