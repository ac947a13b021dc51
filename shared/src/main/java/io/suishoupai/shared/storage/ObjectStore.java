package io.suishoupai.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.Problems;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
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

    /**
     * One ranged GET per object: its first bytes, its content type, and its total size from Content-Range (a HEAD
     * first would double the round trips of every intake).
     */
    public Optional<StoredObject> inspect(String key) {
        return get(key, "bytes=0-" + (MediaType.MAGIC_BYTES - 1));
    }

    private Optional<StoredObject> get(String key, String range) {
        String bucket = config.storage().bucket();
        ResponseBytes<GetObjectResponse> bytes;
        try {
            bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).range(range));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            if (e.statusCode() == 416) { // an empty object has no first byte
                return Optional.of(new StoredObject(key, 0, null, new byte[0]));
            }
            throw e;
        }
        GetObjectResponse response = bytes.response();
        // unsafe: the SDK's own buffer, not a copy (a photo is up to 10 MB; the copy would double what one holds)
        return Optional.of(new StoredObject(key, totalSize(response), response.contentType(), bytes.asByteArrayUnsafe()));
    }

    /**
     * Writes a verified upload where attached media are kept ({@link MediaKeys#keptKey}): a photo as stripped when
     * it was verified, anything else copied within the bucket. Idempotent.
     */
    public void keep(VerifiedMedia media) {
        String bucket = config.storage().bucket();
        String keptKey = MediaKeys.keptKey(media.key());
        if (media.keptBytes() == null) {
            // REPLACE: the uploader chose the upload's headers (Content-Disposition, Cache-Control, x-amz-meta-*);
            // a kept object carries only what the app sets, as a stripped photo written below does
            s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(media.key()).destinationBucket(bucket)
                    .destinationKey(keptKey).metadataDirective(MetadataDirective.REPLACE)
                    .contentType(media.type().contentType()));
        } else {
            // streamed from the stripped bytes as they are: RequestBody.fromBytes would copy them once more
            byte[] kept = media.keptBytes();
            s3.putObject(b -> b.bucket(bucket).key(keptKey).contentType(media.type().contentType()),
                    RequestBody.fromContentProvider(() -> new ByteArrayInputStream(kept), kept.length,
                            media.type().contentType()));
        }
    }

    /** A whole object read into memory, and the room it was admitted with (close it when the bytes are dropped). */
    public record Held(StoredObject object, AutoCloseable room) {
    }

    /**
     * The whole object, for a photo that will be stripped of its metadata when kept: one GET serves both the check
     * and the stripping. {@code admit} is given the object's size before its bytes are read, and answers with the
     * room it takes (or refuses, by throwing): so what a process holds in memory is bounded by its actual sizes.
     */
    public Optional<Held> read(String key, LongFunction<AutoCloseable> admit) {
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = s3.getObject(b -> b.bucket(config.storage().bucket()).key(key));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        try (in) {
            GetObjectResponse response = in.response();
            long size = totalSize(response);
            AutoCloseable room = admit.apply(size);
            try {
                byte[] bytes = in.readAllBytes(); // bounded: the signed upload URL fixed the size (10 MB for a photo)
                return Optional.of(new Held(new StoredObject(key, size, response.contentType(), bytes), room));
            } catch (IOException | RuntimeException e) {
                closeQuietly(room);
                throw e instanceof IOException io ? SdkClientException.create("reading " + key + " failed", io)
                        : (RuntimeException) e;
            }
        } catch (IOException e) {
            throw SdkClientException.create("reading " + key + " failed", e);
        }
    }

    static void closeQuietly(AutoCloseable room) {
        try {
            if (room != null) {
                room.close();
            }
        } catch (Exception ignored) {
            // freeing room never fails in practice; nothing to tell the caller
        }
    }

    /** The whole object's bytes, or empty when there is none (a kept photo: at most the photo size limit). */
    public Optional<byte[]> readAll(String key) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(config.storage().bucket()).key(key))) {
            return Optional.of(in.readAllBytes());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw SdkClientException.create("reading " + key + " failed", e);
        }
    }

    /** Writes bytes the app made (a redacted photo) under a key of its own. */
    public void write(String key, byte[] bytes, String contentType) {
        s3.putObject(b -> b.bucket(config.storage().bucket()).key(key).contentType(contentType),
                RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes), bytes.length, contentType));
    }

    /** Removes a kept copy again (a report refused after some of its media were kept). */
    public void forget(VerifiedMedia media) {
        s3.deleteObject(b -> b.bucket(config.storage().bucket()).key(MediaKeys.keptKey(media.key())));
    }

    /** Fails fast with 503 when the bucket cannot be reached (signing URLs to a dead store helps nobody). */
    public void requireReachable() {
        try {
            s3.headBucket(b -> b.bucket(config.storage().bucket()));
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            throw Problems.unavailable("Media storage cannot be reached; try again shortly.");
        }
    }

    /** "bytes 0-15/12345" → 12345; without a range answer, the length of what came back. */
    static long totalSize(GetObjectResponse response) {
        String range = response.contentRange();
        if (range != null && range.contains("/")) {
            String total = range.substring(range.indexOf('/') + 1).strip();
            if (!total.equals("*")) {
                return Long.parseLong(total);
            }
        }
        return response.contentLength() == null ? 0 : response.contentLength();
    }
}
