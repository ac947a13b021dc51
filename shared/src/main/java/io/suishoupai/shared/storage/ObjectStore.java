package io.suishoupai.shared.storage;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads what the bucket holds. Blocking (the sync S3 client): call it on the worker thread, before the hop to
 * the event loop.
 */
@ApplicationScoped
public class ObjectStore {

    @Inject
    S3Client s3;

    @Inject
    SuishoupaiConfig config;

    public Optional<StoredObject> inspect(String key) {
        String bucket = config.storage().bucket();
        HeadObjectResponse head;
        try {
            head = s3.headObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        byte[] firstBytes = new byte[0];
        if (head.contentLength() > 0) {
            ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)
                    .range("bytes=0-" + (MediaType.MAGIC_BYTES - 1)));
            firstBytes = bytes.asByteArray();
        }
        return Optional.of(new StoredObject(key, head.contentLength(), head.contentType(), firstBytes));
    }
}
