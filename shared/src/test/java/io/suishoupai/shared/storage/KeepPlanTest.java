package io.suishoupai.shared.storage;

import static io.suishoupai.shared.storage.PhotoMetadataTest.bytes;
import static io.suishoupai.shared.storage.PhotoMetadataTest.chunk;
import static io.suishoupai.shared.storage.PhotoMetadataTest.concat;
import static io.suishoupai.shared.storage.PhotoMetadataTest.riffChunk;
import static io.suishoupai.shared.storage.PhotoMetadataTest.segment;
import static io.suishoupai.shared.storage.PhotoMetadataTest.signature;
import static io.suishoupai.shared.storage.PhotoMetadataTest.webp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Stripping as a stream: a plan made in one pass over the photo, applied to a second read of it. However the
 * photo's bytes arrive (one at a time, in odd runs, across the reader's buffer), the result is the same, and its
 * length is known before it is written.
 */
class KeepPlanTest {

    static final String GPS = PhotoMetadataTest.GPS;

    /** A JPEG of a few MB: metadata first, a long scan with stuffed bytes and restart markers, a trailer after EOI. */
    static byte[][] largeJpegAndExpected() {
        byte[] jfif = segment(0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0");
        byte[] sos = bytes(0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0);
        Random random = new Random(19);
        ByteArrayOutputStream scan = new ByteArrayOutputStream();
        for (int i = 0; i < 3_000_000; i++) {
            int b = random.nextInt(256);
            scan.write(b);
            if (b == 0xFF) {
                scan.write(random.nextInt(20) == 0 ? 0xD0 + random.nextInt(8) : 0x00);
            }
        }
        byte[] data = scan.toByteArray();
        byte[] table = segment(0xC4, "\0huffman");
        byte[] photo = concat(bytes(0xFF, 0xD8), segment(0xE1, "Exif\0\0MM\0*" + GPS), jfif, sos, data,
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0" + GPS), table, sos, data, bytes(0xFF, 0xD9),
                bytes(0xFF, 0xD8), segment(0xE1, "Exif\0\0MM\0*" + GPS));
        byte[] expected = concat(bytes(0xFF, 0xD8), jfif, sos, data, table, sos, data, bytes(0xFF, 0xD9));
        return new byte[][] {photo, expected};
    }

    static byte[] samplePng() {
        return concat(signature(), chunk("IHDR", "\0\0\0\1\0\0\0\1\10\2\0\0\0"), chunk("tEXt", "Comment\0" + GPS),
                chunk("IDAT", "pixels"), chunk("IDAT", "more pixels"), chunk("IEND", ""), GPS.getBytes());
    }

    static byte[] sampleWebp() {
        return webp(riffChunk("VP8X", bytes(0x0C | 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                riffChunk("EXIF", ("MM\0*" + GPS).getBytes()), riffChunk("VP8L", "odd".getBytes()),
                riffChunk("XMP ", ("<x:xmpmeta>" + GPS).getBytes()));
    }

    /** Hands out at most {@code run} bytes per read, as a slow network does. */
    static InputStream trickle(byte[] bytes, int run) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, run));
            }

            @Override
            public synchronized long skip(long n) {
                return super.skip(Math.min(n, run));
            }
        };
    }

    static byte[] streamed(MediaType type, byte[] photo, int run) throws Exception {
        KeepPlan plan = PhotoMetadata.plan(type, trickle(photo, run), photo.length);
        byte[] kept = plan.open(trickle(photo, run)).readAllBytes();
        assertEquals(plan.length(), kept.length, "the plan knows the stripped length before it is written");
        return kept;
    }

    @Test
    void aLargeJpegStreamsToWhatTheWholePhotoGives() throws Exception {
        byte[][] sample = largeJpegAndExpected();
        for (int run : new int[] {PhotoReader.BUFFER_BYTES * 3, 4099, 1}) {
            assertArrayEquals(sample[1], streamed(MediaType.JPEG, sample[0], run), "reads of " + run + " bytes");
        }
        assertArrayEquals(sample[1], PhotoMetadata.strip(MediaType.JPEG, sample[0]));
    }

    @Test
    void everyFormatGivesTheSameBytesHoweverItsBytesArrive() throws Exception {
        for (MediaType type : new MediaType[] {MediaType.PNG, MediaType.WEBP}) {
            byte[] photo = type == MediaType.PNG ? samplePng() : sampleWebp();
            byte[] whole = PhotoMetadata.strip(type, photo);
            assertTrue(whole.length < photo.length, type + " lost its metadata");
            for (int run = 1; run <= 17; run++) {
                assertArrayEquals(whole, streamed(type, photo, run), type + ", reads of " + run + " bytes");
            }
        }
    }

    @Test
    void aPhotoCraftedToInterleaveMetadataWithEveryFewBytesIsRefusedNotPlanned() {
        byte[][] pieces = new byte[KeepPlan.MAX_PIECES + 2][];
        pieces[0] = bytes(0xFF, 0xD8);
        for (int i = 1; i < pieces.length; i++) {
            pieces[i] = concat(segment(0xDB, "\0q"), segment(0xFE, "x")); // a kept table, a dropped comment
        }
        byte[] photo = concat(concat(pieces), bytes(0xFF, 0xDA, 0x00, 0x02, 1, 0xFF, 0xD9));
        assertThrows(PhotoMetadata.Unreadable.class, () -> PhotoMetadata.strip(MediaType.JPEG, photo));
    }

    @Test
    void aSecondReadShorterThanTheFirstFails() throws Exception {
        byte[][] sample = largeJpegAndExpected();
        KeepPlan plan = PhotoMetadata.plan(MediaType.JPEG, new ByteArrayInputStream(sample[0]), sample[0].length);
        byte[] cut = Arrays.copyOf(sample[0], sample[0].length / 2);
        assertThrows(IOException.class, () -> plan.open(new ByteArrayInputStream(cut)).readAllBytes());
    }
}
