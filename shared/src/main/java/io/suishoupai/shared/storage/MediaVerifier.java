package io.suishoupai.shared.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.FieldError;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.runtime.ConcurrencyGate;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;

/**
 * The media rule of DESIGN.md, in one place for intake, disposal and verification: every key was issued to this
 * caller by sign-uploads (its {@code upload_grant} row names the caller), exists in the bucket, and its stored
 * type, size and first bytes are what it claims.
 * Whether another case already uses a key is checked in the database, inside the transaction that attaches it.
 * Verified media are kept under {@code media/} (see {@link MediaKeys#keptKey}), photos without their metadata (GPS
 * position, camera; {@link PhotoMetadata}). Blocking (S3): run it on the worker thread.
 */
@ApplicationScoped
public class MediaVerifier {

    @Inject
    ObjectStore store;

    @Inject
    MediaLimits limits;

    @Inject
    Reactive reactive;

    @Inject
    SuishoupaiConfig config;

    /** KiB of photos held in memory, across every report this process is taking in. */
    ConcurrencyGate photoMemory;

    Duration photoWait;

    @PostConstruct
    void init() {
        photoMemory = new ConcurrencyGate((int) Math.min(Integer.MAX_VALUE,
                Math.max(1, config.intake().photoMemory().asLongValue() / 1024)), "photos being checked");
        photoWait = config.intake().photoWait();
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
        // one item at a time: checked (a photo read whole and stripped), kept, and its bytes dropped before the next,
        // so a report holds one photo in memory, not nine; and the process holds at most photo-memory of them (each
        // counted at twice its size, admitted before its bytes are read), however many reports arrive at once.
        // Kept before the transaction that attaches them: if that fails, a kept object is left over (harmless,
        // written again on retry); the other order could lose media to the lifecycle rule. A refusal part-way (an
        // unreadable third photo) removes what this call kept.
        List<VerifiedMedia> verified = new ArrayList<>();
        List<VerifiedMedia> keptHere = new ArrayList<>();
        try {
            for (MediaKeys.ParsedKey key : parsed) {
                Checked checked = check(key);
                try {
                    VerifiedMedia media = checked.media();
                    VerifiedMedia withoutBytes = new VerifiedMedia(media.key(), media.type(), media.size(), null);
                    if (!attached.contains(media.key())) {
                        store.keep(media);
                        keptHere.add(withoutBytes);
                    }
                    verified.add(withoutBytes);
                } finally {
                    ObjectStore.closeQuietly(checked.room()); // the photo's bytes are dropped here
                }
            }
        } catch (RuntimeException refused) {
            keptHere.forEach(this::forgetQuietly);
            throw refused;
        }
        return verified;
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

    /** The room a photo takes while held: its upload and its stripped copy, in KiB (the gate's unit). */
    static int roomKib(long size) {
        return (int) Math.min(Integer.MAX_VALUE, (2 * size + 1023) / 1024);
    }

    /** Which keys sign-uploads issued to this caller, and which some case already carries. */
    record KeyRecords(Set<String> issuedToCaller, Set<String> attached) {
    }

    /** One bounded read for both (blocking: waits on the worker thread). */
    private KeyRecords records(List<MediaKeys.ParsedKey> keys, String callerId) {
        if (keys.isEmpty()) {
            return new KeyRecords(Set.of(), Set.of());
        }
        List<String> wanted = keys.stream().map(MediaKeys.ParsedKey::key).toList();
        List<Object[]> rows = reactive.<List<Object[]>>sessionAndWait(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT 'issued', object_key FROM upload_grant WHERE object_key IN (?1) "
                        + "AND caller_id = ?2 UNION ALL SELECT 'attached', object_key FROM case_media "
                        + "WHERE object_key IN (?1)", Object[].class)
                .setParameter(1, wanted).setParameter(2, callerId).getResultList()));
        Set<String> issued = new HashSet<>();
        Set<String> attached = new HashSet<>();
        for (Object[] row : rows) {
            ("issued".equals(row[0]) ? issued : attached).add((String) row[1]);
        }
        return new KeyRecords(issued, attached);
    }

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

    /** A checked item and the memory room its bytes hold (null for what is not read whole). */
    record Checked(VerifiedMedia media, AutoCloseable room) {
    }

    private Checked check(MediaKeys.ParsedKey key) {
        MediaType type = key.type();
        boolean whole = PhotoMetadata.strips(type); // read whole once: checked here, stripped here, kept later
        AutoCloseable room = null;
        StoredObject stored;
        if (whole) {
            var held = store.read(key.key(), size -> photoMemory.enterWithin(roomKib(size), photoWait))
                    .orElseThrow(() -> notUploaded(key));
            stored = held.object();
            room = held.room();
        } else {
            stored = store.inspect(key.key()).orElseThrow(() -> notUploaded(key));
        }
        try {
            if (MediaType.ofContentType(stored.contentType()).orElse(null) != type) {
                throw mismatch(key, "it was stored as " + stored.contentType() + ", not " + type.contentType());
            }
            if (stored.size() <= 0 || stored.size() > limits.maxBytes(type.kind())) {
                throw mismatch(key, "its size " + stored.size() + " bytes is outside the limit for "
                        + type.kind().name().toLowerCase());
            }
            if (!type.matchesMagic(stored.head())) {
                throw mismatch(key, "its content is not " + type.contentType());
            }
            return new Checked(new VerifiedMedia(key.key(), type, stored.size(),
                    whole ? stripped(key, stored.head()) : null), room);
        } catch (RuntimeException refused) {
            ObjectStore.closeQuietly(room);
            throw refused;
        }
    }

    private static RuntimeException notUploaded(MediaKeys.ParsedKey key) {
        return Problems.unprocessable(ErrorCode.MEDIA_NOT_FOUND,
                "Nothing was uploaded to " + key.key() + "; PUT the file to its signed URL first.");
    }

    /** A photo without its metadata; one whose structure cannot be followed cannot be cleaned, so it is refused. */
    private static byte[] stripped(MediaKeys.ParsedKey key, byte[] photo) {
        try {
            return PhotoMetadata.strip(key.type(), photo);
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
