package io.suishoupai.intake.function;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.suishoupai.shared.storage.MediaKeys;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.MediaVerifier;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Intake's memory is bounded (issue #12, B6): a report's photos are checked, stripped and kept one at a time, and a
 * process holds at most {@code suishoupai.intake.photo-memory} of photo bytes (each photo counted twice: upload and
 * stripped copy) however many reports arrive at once — 1 MiB in these tests, so two 200 kB photos fit and a third
 * waits. A refusal part-way removes what was already kept.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class MediaMemoryTest {

    @Inject
    UploadSigner signer;

    @Inject
    MediaVerifier verifier;

    @Inject
    SuishoupaiConfig config;

    @Inject
    S3Client s3;

    static Response submit(String caller, List<String> media) {
        return Calls.submit(Tokens.citizen(caller), Calls.report(UUID.randomUUID().toString(), media));
    }

    static final int PHOTO_BYTES = 200_000;
    /** What one photo is counted at: its upload and its stripped copy, in whole KiB. */
    static final long ONE_PHOTO_ROOM = 1024L * ((2L * SampleMedia.jpegWithGps(PHOTO_BYTES).length + 1023) / 1024);

    List<String> photos(String caller, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(Uploads.upload(signer, caller, MediaType.JPEG, SampleMedia.jpegWithGps(PHOTO_BYTES)));
        }
        return keys;
    }

    @Test
    void aReportHoldsOnePhotoInMemoryAtATime() {
        List<String> nine = photos("citizen-nine-photos", 9);
        verifier.resetPhotoMemoryPeak();
        submit("citizen-nine-photos", nine).then().statusCode(200);
        assertEquals(ONE_PHOTO_ROOM, verifier.photoMemoryPeakBytes(), "nine photos, one at a time");
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
        assertTrue(bound < 8 * ONE_PHOTO_ROOM, "the test's bound must be small enough to bite: " + bound);
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
