package io.suishoupai.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
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

    @Inject
    BucketProbe bucketProbe;

    private ReachableWindow reachable;

    @PostConstruct
    void init() {
        reachable = new ReachableWindow(config.storage().reachableFor());
    }

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
     * Copies a verified upload as it is to where attached media are kept ({@link MediaKeys#keptKey}): media that are
     * not stripped (video, voice, HEIC). Idempotent.
     */
    public void keepCopy(String key, MediaType type) {
        String bucket = config.storage().bucket();
        // REPLACE: the uploader chose the upload's headers (Content-Disposition, Cache-Control, x-amz-meta-*); a kept
        // object carries only what the app sets, as a stripped photo does
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(key).destinationBucket(bucket)
                .destinationKey(MediaKeys.keptKey(key)).metadataDirective(MetadataDirective.REPLACE)
                .contentType(type.contentType()));
    }

    /** Keeps a photo held in memory (a small one), as its plan strips it: no stripped copy is made. */
    public void keepStripped(String key, MediaType type, KeepPlan plan, byte[] original) {
        put(key, type, plan, () -> plan.open(new ByteArrayInputStream(original)));
    }

    /**
     * Keeps a photo too large to hold, as its plan strips it, streaming it from a second read of the upload into the
     * kept object: bounded buffers, whatever its size. The second read must be the same object the plan was made from
     * ({@code eTag}, asked of the store with If-Match and checked on its answer): an upload URL may still be live, and
     * bytes put there since the check must not be kept under a plan made for others.
     */
    public void keepStripped(String key, MediaType type, KeepPlan plan, String eTag) {
        String bucket = config.storage().bucket();
        List<InputStream> opened = new ArrayList<>();
        boolean[] changed = {false};
        try {
            put(key, type, plan, () -> {
                ResponseInputStream<GetObjectResponse> again;
                try {
                    again = s3.getObject(b -> b.bucket(bucket).key(key).ifMatch(eTag));
                } catch (S3Exception e) {
                    changed[0] |= e.statusCode() == 412 || e.statusCode() == 404;
                    throw e;
                }
                opened.add(again);
                if (!eTag.equals(again.response().eTag())) {
                    changed[0] = true;
                    throw SdkClientException.create(key + " changed between its check and its copy");
                }
                return plan.open(again);
            });
        } catch (SdkException e) {
            if (changed[0]) {
                throw Problems.unprocessable(ErrorCode.MEDIA_MISMATCH, "The media " + key
                        + " was uploaded again while it was being checked; submit the report again.");
            }
            throw e;
        } finally {
            opened.forEach(ObjectStore::closeQuietly); // the SDK reads each stream it asked for, but need not close it
        }
    }

    private void put(String key, MediaType type, KeepPlan plan, ContentStreamProvider stripped) {
        // the length is the plan's: the SDK streams what the provider gives (asking again on a retry), never buffers it
        s3.putObject(b -> b.bucket(config.storage().bucket()).key(MediaKeys.keptKey(key)).contentType(type.contentType()),
                RequestBody.fromContentProvider(stripped, plan.length(), type.contentType()));
    }

    /**
     * An object being read from its start: what the store says of it, and its bytes as they arrive. Close it (an
     * unread rest is dropped with its connection).
     */
    public record Reading(long size, String contentType, String eTag, InputStream bytes) implements AutoCloseable {
        @Override
        public void close() {
            closeQuietly(bytes);
        }
    }

    /** Starts reading a whole object, or empty when there is none. */
    public Optional<Reading> open(String key) {
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
        GetObjectResponse response = in.response();
        return Optional.of(new Reading(totalSize(response), response.contentType(), response.eTag(), in));
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
        return open(key).map(reading -> {
            try (reading) {
                return reading.bytes().readAllBytes();
            } catch (IOException e) {
                throw SdkClientException.create("reading " + key + " failed", e);
            }
        });
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

    /**
     * Fails fast with 503 when the bucket cannot be reached (signing URLs to a dead store helps nobody). A bucket
     * that answered within {@code suishoupai.storage.reachable-for} is not asked again: signing itself needs no round
     * trip, and one HEAD per upload grant would be most of a grant's cost to the store.
     */
    public void requireReachable() {
        if (reachable.fresh(System.nanoTime())) {
            return;
        }
        if (!bucketProbe.answers()) {
            throw Problems.unavailable("Media storage cannot be reached; try again shortly.");
        }
        reachable.answered(System.nanoTime());
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
