package io.suishoupai.intake.function;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.ProblemException;
import io.suishoupai.shared.storage.KeepPlan;
import io.suishoupai.shared.storage.MediaKeys;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.MediaVerifier;
import io.suishoupai.shared.storage.ObjectStore;
import io.suishoupai.shared.storage.PhotoMetadata;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Intake's memory is bounded (issues #12, B6, and #19): a report's photos are checked, stripped and kept at once, a
 * photo larger than {@code HELD_WHOLE_BYTES} streams from the upload to the kept copy through fixed buffers (its room
 * does not grow with its size), and a process holds at most {@code suishoupai.intake.photo-memory} however many reports
 * arrive at once — 1 MiB in these tests, so two 200 kB photos fit and a third waits. A refusal part-way removes what
 * was already kept; a photo uploaded again between its check and its copy is refused, not kept.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class MediaMemoryTest {

    @Inject
    UploadSigner signer;

    @Inject
    MediaVerifier verifier;

    @Inject
    ObjectStore store;

    @Inject
    SuishoupaiConfig config;

    @Inject
    S3Client s3;

    static Response submit(String caller, List<String> media) {
        return Calls.submit(Tokens.citizen(caller), Calls.report(UUID.randomUUID().toString(), media));
    }

    static final int PHOTO_BYTES = 200_000;

    List<String> photos(String caller, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(Uploads.upload(signer, caller, MediaType.JPEG, SampleMedia.jpegWithGps(PHOTO_BYTES)));
        }
        return keys;
    }

    byte[] kept(String key) {
        return store.readAll(MediaKeys.keptKey(key)).orElseThrow();
    }

    @Test
    void aLargePhotoStreamsThroughTheSameRoomAsAMiddlingOne() throws Exception {
        assertEquals(MediaVerifier.roomBytes(300_000), MediaVerifier.roomBytes(9_000_000), "room does not grow with size");
        assertTrue(MediaVerifier.roomBytes(9_000_000) < 1_000_000, "a streamed photo's room is its buffers");
        for (int size : new int[] {300_000, 3_000_000, 9_000_000}) {
            String me = "citizen-photos-of-" + size;
            byte[] first = SampleMedia.jpegWithGps(size);
            byte[] second = SampleMedia.jpegWithGps(size - 1);
            List<String> keys = List.of(Uploads.upload(signer, me, MediaType.JPEG, first),
                    Uploads.upload(signer, me, MediaType.JPEG, second));
            verifier.resetPhotoMemoryPeak();
            submit(me, keys).then().statusCode(200);
            long peak = verifier.photoMemoryPeakBytes();
            assertTrue(peak <= 2 * MediaVerifier.roomBytes(size), size + "-byte photos held " + peak + " bytes at once");
            int i = 0;
            for (byte[] photo : List.of(first, second)) {
                byte[] kept = kept(keys.get(i++));
                assertArrayEquals(PhotoMetadata.strip(MediaType.JPEG, photo), kept, "kept as stripped, " + size + " bytes");
                assertFalse(new String(kept, StandardCharsets.ISO_8859_1).contains(SampleMedia.GPS_TEXT));
            }
        }
    }

    @Test
    void aReportOfNinePhotosStaysWithinTheBound() {
        List<String> nine = photos("citizen-nine-photos", 9);
        verifier.resetPhotoMemoryPeak();
        submit("citizen-nine-photos", nine).then().statusCode(200);
        long peak = verifier.photoMemoryPeakBytes();
        assertTrue(peak > 0 && peak <= config.intake().photoMemory().asLongValue(), "held at once: " + peak);
        for (String key : nine) {
            assertFalse(new String(kept(key), StandardCharsets.ISO_8859_1).contains(SampleMedia.GPS_TEXT), key);
        }
    }

    @Test
    void aPhotoUploadedAgainAfterItsCheckIsNotKept() throws Exception {
        String me = "citizen-swaps-a-photo";
        byte[] photo = SampleMedia.jpegWithGps(1_000_000);
        String key = Uploads.upload(signer, me, MediaType.JPEG, photo);
        KeepPlan plan;
        String checkedETag;
        try (ObjectStore.Reading reading = store.open(key).orElseThrow()) {
            plan = PhotoMetadata.plan(MediaType.JPEG, reading.bytes(), reading.size());
            checkedETag = reading.eTag();
        }
        // the upload URL is still live: the same key, other bytes of the same length (the plan would fit them)
        byte[] other = photo.clone();
        other[other.length - 100] ^= 1;
        Uploads.uploadAs(signer, key, MediaType.JPEG, other);

        ProblemException refused = assertThrows(ProblemException.class,
                () -> store.keepStripped(key, MediaType.JPEG, plan, checkedETag));
        assertEquals("MEDIA_MISMATCH", refused.code());
        S3Exception missing = assertThrows(S3Exception.class, () -> s3.headObject(b -> b
                .bucket(config.storage().bucket()).key(MediaKeys.keptKey(key))));
        assertEquals(404, missing.statusCode(), "nothing was kept");
    }

    @Test
    void reportsArrivingAtOnceShareTheProcesssPhotoPlaces() throws Exception {
        int reports = 8;
        List<List<String>> media = new ArrayList<>();
        for (int r = 0; r < reports; r++) {
            media.add(photos("citizen-burst-" + r, 3));
        }
        verifier.resetPhotoMemoryPeak();
        ExecutorService pool = Executors.newFixedThreadPool(reports);
        List<Future<Response>> answers = new ArrayList<>();
        for (int r = 0; r < reports; r++) {
            int n = r;
            answers.add(pool.submit(() -> submit("citizen-burst-" + n, media.get(n))));
        }
        for (Future<Response> a : answers) {
            Response r = a.get(120, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.asString());
        }
        pool.shutdown();
        long bound = config.intake().photoMemory().asLongValue();
        assertTrue(bound < 8 * 3 * 200_000L, "the test's bound must be small enough to bite: " + bound);
        long peak = verifier.photoMemoryPeakBytes();
        assertTrue(peak <= bound, "at most " + bound + " bytes of photos held at once, saw " + peak);
        // (how much of the room they shared depends on the platform: behind Lambda's event loop one runs at a time)
    }

    @Test
    void aReportRefusedPartWayLeavesNoKeptCopy() {
        String me = "citizen-third-unreadable";
        List<String> media = photos(me, 2);
        byte[] broken = "\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF\u0000 then noise".getBytes(StandardCharsets.ISO_8859_1);
        media.add(Uploads.upload(signer, me, MediaType.JPEG, broken));
        submit(me, media).then().statusCode(422).body("code", equalTo("MEDIA_UNREADABLE"));
        for (String key : media) {
            S3Exception missing = assertThrows(S3Exception.class, () -> s3.headObject(b -> b
                    .bucket(config.storage().bucket()).key(MediaKeys.keptKey(key))), "nothing of a refused report is kept");
            assertEquals(404, missing.statusCode(), key);
        }
    }
}
