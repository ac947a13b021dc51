package io.suishoupai.shared.storage;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether the bucket answers: one signed HEAD of the bucket over the JDK's HTTP client, as S3's HeadBucket asks,
 * without building the S3 client (sign-uploads' first call and a container's readiness need nothing else of it).
 * Any answer but 2xx — the server refusing the credentials, no such bucket — is "does not answer", as the
 * client's HeadBucket failing was.
 */
@ApplicationScoped
public class BucketProbe {

    /** As the S3 client's connection timeout (quarkus.s3.sync-client.connection-timeout in shared's defaults). */
    static final int CONNECT_TIMEOUT_MS = 2_000;
    /** A HEAD's answer is headers only: a server slower than this is not one to sign uploads for. */
    static final int ANSWER_TIMEOUT_MS = 5_000;

    @Inject
    UploadSigner signer;

    /** The bucket's answer to a signed HEAD: its HTTP status, or 0 when nothing answered. */
    public int status() {
        HttpURLConnection connection = null;
        try {
            URI url = signer.presignHeadBucket();
            connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setRequestMethod("HEAD");
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(ANSWER_TIMEOUT_MS);
            connection.setUseCaches(false);
            return connection.getResponseCode();
        } catch (IOException | RuntimeException unreachable) {
            return 0;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    public boolean answers() {
        return isAnswer(status());
    }

    /** Only a 2xx is the bucket answering; anything else, as HeadBucket failing was, is not. */
    public static boolean isAnswer(int status) {
        return status >= 200 && status < 300;
    }
}
