package io.suishoupai.shared.security;

import java.time.Clock;
import java.time.Duration;

import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * An RDS IAM authentication token: the password a function presents to RDS Proxy (or an RDS/Aurora database with
 * IAM authentication on) instead of a stored one. It is a SigV4 presigned {@code connect} request for the database
 * user, valid 15 minutes, signed with the function's own role credentials — so no database password lives in the
 * functions' configuration (issue #12, B19). The database checks it only when a connection opens; open connections
 * outlive it. Plain code: the same as the AWS SDK's {@code RdsUtilities.generateAuthenticationToken}, without its
 * service client (tests compare the two).
 */
public final class RdsIamToken {

    static final Duration VALIDITY = Duration.ofMinutes(15);

    /** Where the database is, read from the datasource URL the functions already have. */
    public record Endpoint(String host, int port) {

        /** {@code postgresql://host:5432/db?sslmode=require} (also with a {@code vertx-reactive:} prefix). */
        public static Endpoint of(String datasourceUrl) {
            String url = datasourceUrl.strip().split(",")[0];
            url = url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host in the datasource URL");
            }
            return new Endpoint(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
        }
    }

    private RdsIamToken() {
    }

    public static String generate(String host, int port, String user, String region, AwsCredentialsIdentity credentials,
            Clock clock) {
        SdkHttpRequest connect = SdkHttpRequest.builder()
                .method(SdkHttpMethod.GET)
                .protocol("https")
                .host(host)
                .port(port)
                .encodedPath("/")
                .putRawQueryParameter("DBUser", user)
                .putRawQueryParameter("Action", "connect")
                .build();
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(credentials)
                .request(connect)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "rds-db")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, VALIDITY));
        String uri = signed.request().getUri().toString();
        return uri.substring("https://".length());
    }
}
