package io.suishoupai.shared.storage;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.FieldError;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.runtime.ConcurrencyGate;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The media rule of DESIGN.md, in one place for intake, disposal and verification: every key was issued to this
 * caller by sign-uploads (its {@code upload_grant} row names the caller), exists in the bucket, and its stored
 * type, size and first bytes are what it claims.
 * Whether another case already uses a key is checked in the database, inside the transaction that attaches it.
 * Verified media are kept under {@code media/} (see {@link MediaKeys#keptKey}), photos without their metadata (GPS
 * position, camera; {@link PhotoMetadata}), streamed from the upload into the kept copy ({@link KeepPlan}), the
 * items of one call at once. Blocking (S3): run it on the worker thread.
 */
@ApplicationScoped
public class MediaVerifier {

    @Inject
    ObjectStore store;

    @Inject
    MediaLimits limits;

    @Inject
    Pool pool;

    @Inject
    SuishoupaiConfig config;

    /** KiB held in memory by photos being checked and kept, across every report this process is taking in. */
    ConcurrencyGate photoMemory;

    Duration photoWait;

    /**
     * The threads that check and keep media, shared by every report of the process (a report's nine photos run at
     * once when the threads are free). Its tasks wait only on storage, never on each other, so it cannot starve
     * itself; the callers waiting for them are the functions' worker threads.
     */
    ExecutorService work;

    static final int WORK_THREADS = 16;

    @PostConstruct
    void init() {
        photoMemory = new ConcurrencyGate((int) Math.min(Integer.MAX_VALUE,
                Math.max(1, config.intake().photoMemory().asLongValue() / 1024)), "photos being checked");
        photoWait = config.intake().photoWait();
        AtomicInteger threads = new AtomicInteger();
        work = Executors.newFixedThreadPool(WORK_THREADS, task -> {
            Thread thread = new Thread(task, "media-check-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        work.shutdown();
    }

    public List<VerifiedMedia> verify(Caller caller, List<String> keys, int minPhotos, int maxItems) {
        List<MediaKeys.ParsedKey> parsed = parse(keys);
        if (parsed.size() > maxItems) {
            throw Problems.unprocessable(ErrorCode.TOO_MANY_ITEMS,
                    "A report carries at most " + maxItems + " media items; this one has " + parsed.size() + ".");
        }
        long photos = parsed.stream().filter(k -> k.type().kind() == MediaKind.PHOTO).count();
        if (photos < minPhotos) {
            throw Problems.unprocessable(ErrorCode.TOO_FEW_PHOTOS,
                    "At least " + minPhotos + " photos are needed; this request has " + photos + ".");
        }
        KeyRecords records = records(parsed, caller.id());
        for (MediaKeys.ParsedKey key : parsed) {
            if (!records.issuedToCaller().contains(key.key())) {
                throw Problems.forbidden(ErrorCode.MEDIA_NOT_OWNED, "The media " + key.key() + " was not uploaded by you.");
            }
        }
        // a key already attached to a case is never kept again: its upload URL may still be live, and writing the
        // kept copy anew (on a refused second use, or an idempotent replay) would swap an accepted case's photo
        Set<String> attached = records.attached();
        // every item at once, each checked and kept by a task of its own (S3 waits, not CPU, are most of a photo's
        // time). Kept before the transaction that attaches them: if that fails, a kept object is left over (harmless,
        // written again on retry); the other order could lose media to the lifecycle rule. A refusal part-way (an
        // unreadable third photo) waits for the other tasks, then removes what they kept.
        List<Future<VerifiedMedia>> tasks = new ArrayList<>();
        for (MediaKeys.ParsedKey key : parsed) {
            tasks.add(work.submit(() -> checkAndKeep(key, !attached.contains(key.key()))));
        }
        List<VerifiedMedia> verified = new ArrayList<>();
        List<VerifiedMedia> keptHere = new ArrayList<>();
        RuntimeException refused = null;
        for (int i = 0; i < tasks.size(); i++) {
            try {
                VerifiedMedia media = done(tasks.get(i));
                verified.add(media);
                if (!attached.contains(media.key())) {
                    keptHere.add(media);
                }
            } catch (RuntimeException e) {
                refused = refused == null ? e : refused;
            }
        }
        if (refused != null) {
            keptHere.forEach(this::forgetQuietly);
            throw refused;
        }
        return verified;
    }

    /** The task's answer, or what it threw; a wait interrupted is the process stopping. */
    private static VerifiedMedia done(Future<VerifiedMedia> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problems.unavailable("The service is stopping; submit the report again.");
        }
    }

    private void forgetQuietly(VerifiedMedia media) {
        try {
            store.forget(media);
        } catch (RuntimeException e) {
            // the refusal is what the caller needs to hear; an orphan kept copy is private and harmless
        }
    }

    /** The most photo bytes this process has held at once, as admitted (bound: suishoupai.intake.photo-memory). */
    public long photoMemoryPeakBytes() {
        return photoMemory.peak() * 1024L;
    }

    /** Starts counting the peak afresh (tests). */
    public void resetPhotoMemoryPeak() {
        photoMemory.resetPeak();
    }

    /**
     * The room a photo takes while it is checked and kept, in KiB (the gate's unit): a small photo is held whole
     * (its bytes and the reader's buffer), a larger one streams through the reader's buffer and the store's
     * streams, whatever its size.
     */
    static int roomKib(long size) {
        return (int) ((Math.min(size, HELD_WHOLE_BYTES) + STREAM_BUFFER_BYTES + 1023) / 1024);
    }

    /** {@link #roomKib} in bytes, as {@link #photoMemoryPeakBytes} counts. */
    public static long roomBytes(long size) {
        return roomKib(size) * 1024L;
    }

    /**
     * A photo up to this size is read once and held (one GET); a larger one is read twice, planned then streamed
     * (two GETs, no copy held). Phones' photos are mostly larger; forms' thumbnails and tests' are not.
     */
    static final long HELD_WHOLE_BYTES = 256 * 1024;

    /** What one photo being streamed holds: the reader's buffer, the plan, the HTTP client's buffers. */
    static final long STREAM_BUFFER_BYTES = 256 * 1024;

    /** Which keys sign-uploads issued to this caller, and which some case already carries. */
    record KeyRecords(Set<String> issuedToCaller, Set<String> attached) {
    }

    /**
     * One bounded read for both, straight on the pool, outside any transaction (a Hibernate session opened for it per
     * report was a measurable share of intake's CPU, issue #19). Blocking: waits on the worker thread.
     */
    private KeyRecords records(List<MediaKeys.ParsedKey> keys, String callerId) {
        if (keys.isEmpty()) {
            return new KeyRecords(Set.of(), Set.of());
        }
        String[] wanted = keys.stream().map(MediaKeys.ParsedKey::key).toArray(String[]::new);
        Set<String> issued = new HashSet<>();
        Set<String> attached = new HashSet<>();
        pool.preparedQuery(KEY_RECORDS).execute(Tuple.of(wanted, callerId)).await().atMost(Reactive.BLOCKING_WAIT)
                .forEach(row -> ("issued".equals(row.getString(0)) ? issued : attached).add(row.getString(1)));
        return new KeyRecords(issued, attached);
    }

    /** $1 the keys, $2 the caller (the pool's placeholders). */
    private static final String KEY_RECORDS = "SELECT 'issued', object_key FROM upload_grant "
            + "WHERE object_key = ANY($1) AND caller_id = $2 "
            + "UNION ALL SELECT 'attached', object_key FROM case_media WHERE object_key = ANY($1)";

    private List<MediaKeys.ParsedKey> parse(List<String> keys) {
        if (keys == null) {
            throw Problems.invalid("media", "is required: the keys returned by sign-uploads");
        }
        List<FieldError> errors = new ArrayList<>();
        List<MediaKeys.ParsedKey> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            var p = MediaKeys.parse(key);
            if (p.isEmpty()) {
                errors.add(new FieldError("media[" + i + "]", "is not an upload key issued by sign-uploads"));
            } else if (!seen.add(key)) {
                errors.add(new FieldError("media[" + i + "]", "is listed twice"));
            } else {
                parsed.add(p.get());
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return parsed;
    }

    /** Checks one item; keeps it unless a case already has it. Blocking (S3): runs as a task of {@link #work}. */
    private VerifiedMedia checkAndKeep(MediaKeys.ParsedKey key, boolean keep) {
        MediaType type = key.type();
        if (!PhotoMetadata.strips(type)) {
            StoredObject stored = store.inspect(key.key()).orElseThrow(() -> notUploaded(key));
            check(key, stored.contentType(), stored.size());
            checkContent(key, stored.head());
            if (keep) {
                store.keepCopy(key.key(), type);
            }
            return new VerifiedMedia(key.key(), type, stored.size());
        }
        try (ObjectStore.Reading reading = store.open(key.key()).orElseThrow(() -> notUploaded(key));
                ConcurrencyGate.Pass room = photoMemory.enterWithin(roomKib(reading.size()), photoWait)) {
            check(key, reading.contentType(), reading.size());
            InputStream photo = new BufferedInputStream(reading.bytes(), MediaType.MAGIC_BYTES);
            photo.mark(MediaType.MAGIC_BYTES);
            checkContent(key, photo.readNBytes(MediaType.MAGIC_BYTES));
            photo.reset();
            if (reading.size() <= HELD_WHOLE_BYTES) {
                byte[] whole = photo.readAllBytes();
                KeepPlan plan = plan(key, new ByteArrayInputStream(whole), whole.length);
                if (keep) {
                    store.keepStripped(key.key(), type, plan, whole);
                }
            } else {
                KeepPlan plan = plan(key, photo, reading.size());
                reading.close(); // what follows the image is not read
                if (keep) {
                    store.keepStripped(key.key(), type, plan, reading.eTag());
                }
            }
            return new VerifiedMedia(key.key(), type, reading.size());
        } catch (IOException e) {
            throw SdkClientException.create("reading " + key.key() + " failed", e);
        }
    }

    /** The stored type and size: what the upload claimed. */
    private void check(MediaKeys.ParsedKey key, String contentType, long size) {
        MediaType type = key.type();
        if (MediaType.ofContentType(contentType).orElse(null) != type) {
            throw mismatch(key, "it was stored as " + contentType + ", not " + type.contentType());
        }
        if (size <= 0 || size > limits.maxBytes(type.kind())) {
            throw mismatch(key, "its size " + size + " bytes is outside the limit for " + type.kind().name().toLowerCase());
        }
    }

    private static void checkContent(MediaKeys.ParsedKey key, byte[] head) {
        if (!key.type().matchesMagic(head)) {
            throw mismatch(key, "its content is not " + key.type().contentType());
        }
    }

    private static RuntimeException notUploaded(MediaKeys.ParsedKey key) {
        return Problems.unprocessable(ErrorCode.MEDIA_NOT_FOUND,
                "Nothing was uploaded to " + key.key() + "; PUT the file to its signed URL first.");
    }

    /** What of a photo to keep; one whose structure cannot be followed cannot be cleaned, so it is refused. */
    private static KeepPlan plan(MediaKeys.ParsedKey key, InputStream photo, long size) throws IOException {
        try {
            return PhotoMetadata.plan(key.type(), photo, size);
        } catch (PhotoMetadata.Unreadable e) {
            throw Problems.unprocessable(ErrorCode.MEDIA_UNREADABLE, "The photo " + key.key() + " cannot be read as "
                    + key.type().contentType() + " (" + e.getMessage() + "); take or export it again.");
        }
    }

    private static RuntimeException mismatch(MediaKeys.ParsedKey key, String why) {
        return Problems.unprocessable(ErrorCode.MEDIA_MISMATCH, "The media " + key.key() + " does not match what was declared: "
                + why + ".");
    }
}
