package io.suishoupai.shared.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.shared.error.FieldError;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;

/**
 * The media rule of DESIGN.md, in one place for intake, disposal and verification: every key was issued to this
 * caller by sign-uploads, exists in the bucket, and its stored type, size and first bytes are what it claims.
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

    public List<VerifiedMedia> verify(Caller caller, List<String> keys, int minPhotos, int maxItems) {
        List<MediaKeys.ParsedKey> parsed = parse(keys);
        if (parsed.size() > maxItems) {
            throw Problems.unprocessable("TOO_MANY_ITEMS",
                    "A report carries at most " + maxItems + " media items; this one has " + parsed.size() + ".");
        }
        long photos = parsed.stream().filter(k -> k.type().kind() == MediaKind.PHOTO).count();
        if (photos < minPhotos) {
            throw Problems.unprocessable("TOO_FEW_PHOTOS",
                    "At least " + minPhotos + " photos are needed; this request has " + photos + ".");
        }
        for (MediaKeys.ParsedKey key : parsed) {
            if (!MediaKeys.ownedBy(key, caller.id())) {
                throw Problems.forbidden("MEDIA_NOT_OWNED", "The media " + key.key() + " was not uploaded by you.");
            }
        }
        List<VerifiedMedia> verified = new ArrayList<>();
        for (MediaKeys.ParsedKey key : parsed) {
            verified.add(check(key));
        }
        // every item is checked (photos read and stripped) before anything is written, so an unreadable third photo
        // leaves no kept first two; kept before the transaction that attaches them: if it fails, a kept object is
        // left over (harmless, written again on retry); the other order could lose media to the lifecycle rule
        // a key already attached to a case is never kept again: its upload URL may still be live, and writing the
        // kept copy anew (on a refused second use, or an idempotent replay) would swap an accepted case's photo
        Set<String> attached = attachedAlready(parsed);
        verified.stream().filter(m -> !attached.contains(m.key())).forEach(store::keep);
        // the photos' bytes are not needed past this point: do not carry them through the transaction
        return verified.stream().map(m -> new VerifiedMedia(m.key(), m.type(), m.size(), null)).toList();
    }

    /** Which of the keys some case already carries. Blocking: waits for one bounded read. */
    private Set<String> attachedAlready(List<MediaKeys.ParsedKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<String> wanted = keys.stream().map(MediaKeys.ParsedKey::key).toList();
        List<String> found = reactive.<List<String>>sessionAndWait(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT object_key FROM case_media WHERE object_key IN (?1)", String.class)
                .setParameter(1, wanted).getResultList()));
        return new HashSet<>(found);
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

    private VerifiedMedia check(MediaKeys.ParsedKey key) {
        MediaType type = key.type();
        boolean whole = PhotoMetadata.strips(type); // read whole once: checked here, stripped here, kept later
        StoredObject stored = (whole ? store.read(key.key()) : store.inspect(key.key())).orElseThrow(
                () -> Problems.unprocessable("MEDIA_NOT_FOUND",
                        "Nothing was uploaded to " + key.key() + "; PUT the file to its signed URL first."));
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
        return new VerifiedMedia(key.key(), type, stored.size(), whole ? stripped(key, stored.head()) : null);
    }

    /** A photo without its metadata; one whose structure cannot be followed cannot be cleaned, so it is refused. */
    private static byte[] stripped(MediaKeys.ParsedKey key, byte[] photo) {
        try {
            return PhotoMetadata.strip(key.type(), photo);
        } catch (PhotoMetadata.Unreadable e) {
            throw Problems.unprocessable("MEDIA_UNREADABLE", "The photo " + key.key() + " cannot be read as "
                    + key.type().contentType() + " (" + e.getMessage() + "); take or export it again.");
        }
    }

    private static RuntimeException mismatch(MediaKeys.ParsedKey key, String why) {
        return Problems.unprocessable("MEDIA_MISMATCH", "The media " + key.key() + " does not match what was declared: "
                + why + ".");
    }
}
