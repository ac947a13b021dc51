package io.suishoupai.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes what a photo says about where, when and with what it was taken — EXIF (GPS position, time, camera
 * serial), XMP, IPTC, comments, text chunks — and keeps the picture, its colour profile and how to decode it. Phones
 * write the GPS position into every photo; a case's after-photos are public, so what is kept must not carry it.
 *
 * <p>JPEG, PNG and WebP are rewritten; a photo whose structure cannot be followed is refused ({@link Unreadable}),
 * since what cannot be parsed cannot be cleaned. HEIC keeps its metadata (its boxes need a full ISO-BMFF rewrite):
 * views never give the public a link to one (see {@link #strips}).
 */
public final class PhotoMetadata {

    /** The photo's structure is broken where the stripper must follow it. */
    public static final class Unreadable extends Exception {
        Unreadable(String why) {
            super(why, null, false, false);
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
    private static final Set<String> WEBP_METADATA_CHUNKS = Set.of("EXIF", "XMP ");
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

    private PhotoMetadata() {
    }

    /** True for the types whose metadata {@link #strip} removes. */
    public static boolean strips(MediaType type) {
        return type == MediaType.JPEG || type == MediaType.PNG || type == MediaType.WEBP;
    }

    /** The photo without its metadata, in memory (a photo small enough to hold; tests). */
    public static byte[] strip(MediaType type, byte[] photo) throws Unreadable {
        try {
            KeepPlan plan = plan(type, new ByteArrayInputStream(photo), photo.length);
            return plan.open(new ByteArrayInputStream(photo)).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an array does not fail to read
        }
    }

    /**
     * Reads a photo of {@code size} bytes once, through one fixed buffer, and answers what of it to keep
     * ({@link KeepPlan}); reading stops at the end of the image, so what is appended after it is neither read nor
     * kept.
     */
    public static KeepPlan plan(MediaType type, InputStream photo, long size) throws Unreadable, IOException {
        PhotoReader in = new PhotoReader(photo);
        KeepPlan plan = new KeepPlan();
        switch (type) {
            case JPEG -> jpeg(in, plan);
            case PNG -> png(in, plan);
            case WEBP -> webp(in, size, plan);
            default -> throw new IllegalArgumentException(type + " is not stripped");
        }
        return plan;
    }

    /**
     * Segments up to the first scan: keep APP0 (JFIF), APP2 colour profiles, APP14 (Adobe colour transform) and
     * every non-APP segment; drop every other APPn (APP1 is EXIF and XMP, APP13 IPTC) and comments. The scans are
     * kept as they are, up to the end-of-image marker; see {@link #scans}.
     */
    private static void jpeg(PhotoReader in, KeepPlan plan) throws Unreadable, IOException {
        if (in.u8() != 0xFF || in.u8() != 0xD8) {
            throw new Unreadable("no JPEG start-of-image marker");
        }
        plan.copy(0, 2);
        while (true) {
            long at = in.position();
            if (in.u8() != 0xFF) {
                throw new Unreadable("a JPEG segment does not start with a marker at byte " + at);
            }
            int marker;
            do {
                marker = in.u8(); // past fill bytes
            } while (marker == 0xFF);
            if (marker < 0) {
                throw new Unreadable("the JPEG ends inside a marker");
            }
            if (marker == 0xD9) {
                throw new Unreadable("the JPEG ends before any image data");
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                plan.literal((byte) 0xFF, (byte) marker);
                continue;
            }
            long lengthAt = in.position();
            boolean keep = segment(in, marker);
            long length = in.position() - lengthAt;
            if (marker == 0xDA) { // start of scan: image data from here on, up to the end-of-image marker
                plan.literal((byte) 0xFF, (byte) marker);
                plan.copy(lengthAt, length);
                scans(in, plan);
                return;
            }
            if (keep) {
                plan.literal((byte) 0xFF, (byte) marker);
                plan.copy(lengthAt, length);
            }
        }
    }

    /**
     * Reads a segment from its length field to its end, answering whether it is kept: colour profiles are told
     * from other APP2 segments by their first bytes.
     */
    private static boolean segment(PhotoReader in, int marker) throws Unreadable, IOException {
        int length = in.u16();
        if (length < 0) {
            throw new Unreadable("the JPEG ends inside a segment header");
        }
        if (length < 2) {
            throw new Unreadable("a JPEG segment runs past the end of the file");
        }
        int data = length - 2;
        byte[] head = new byte[Math.min(data, ICC_PROFILE.length)];
        if (!in.read(head, head.length) || !in.skip(data - head.length)) {
            throw new Unreadable("a JPEG segment runs past the end of the file");
        }
        return keepJpegSegment(marker, head);
    }

    /**
     * The entropy-coded data of a scan and the segments between scans (a progressive JPEG has many), up to and with
     * the end-of-image marker. Nothing after it is kept: MPF previews, gain maps and trailers appended there are
     * whole images with EXIF (GPS) of their own. Metadata segments between scans are dropped like those before.
     */
    private static void scans(PhotoReader in, KeepPlan plan) throws Unreadable, IOException {
        long start = in.position();
        long ff = in.nextFF();
        while (ff >= 0) {
            int next = in.u8();
            if (next < 0) {
                break;
            }
            if (next == 0xFF) {
                ff = in.position() - 1; // a fill byte: the marker, if any, follows the last 0xFF
                continue;
            }
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                ff = in.nextFF(); // stuffed byte or restart marker: still scan data
                continue;
            }
            plan.copy(start, ff - start);
            if (next == 0xD9) {
                plan.copy(ff, 2);
                return;
            }
            boolean keep = segment(in, next);
            if (next == 0xDA || keep) {
                plan.copy(ff, in.position() - ff);
            }
            start = in.position();
            ff = in.nextFF();
        }
        // a truncated file (no end-of-image marker) has nothing after its image to drop: keep what there is
        plan.copy(start, in.position() - start);
    }

    private static boolean keepJpegSegment(int marker, byte[] head) {
        boolean app = marker >= 0xE0 && marker <= 0xEF;
        if (marker == 0xFE) {
            return false; // comment
        }
        if (!app) {
            return true;
        }
        return marker == 0xE0 || marker == 0xEE || (marker == 0xE2 && Arrays.equals(head, ICC_PROFILE));
    }

    /** Chunks from IHDR to IEND, without the metadata chunks; anything after IEND is dropped too. */
    private static void png(PhotoReader in, KeepPlan plan) throws Unreadable, IOException {
        byte[] signature = new byte[PNG_SIGNATURE.length];
        if (!in.read(signature, signature.length) || !Arrays.equals(signature, PNG_SIGNATURE)) {
            throw new Unreadable("no PNG signature");
        }
        plan.copy(0, signature.length);
        byte[] header = new byte[8];
        boolean first = true;
        while (true) {
            long at = in.position();
            if (!in.read(header, header.length)) {
                throw new Unreadable("the PNG ends before its IEND chunk");
            }
            long length = u32(header, 0);
            String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
            if (!in.skip(length + 4)) { // data and CRC
                throw new Unreadable("the PNG chunk " + type + " runs past the end of the file");
            }
            if (first && !type.equals("IHDR")) {
                throw new Unreadable("the PNG does not start with IHDR");
            }
            first = false;
            if (!PNG_METADATA_CHUNKS.contains(type)) {
                plan.copy(at, length + 12);
            }
            if (type.equals("IEND")) {
                return;
            }
        }
    }

    /** RIFF chunks without EXIF and XMP, the VP8X flags that announce them cleared, the RIFF size recomputed. */
    private static void webp(PhotoReader in, long size, KeepPlan plan) throws Unreadable, IOException {
        byte[] header = new byte[12];
        if (!in.read(header, header.length) || !startsWithAscii(header, 0, "RIFF") || !startsWithAscii(header, 8, "WEBP")) {
            throw new Unreadable("no RIFF WEBP header");
        }
        long riffEnd = Math.min(size, 8 + le32(header, 4));
        plan.copy(0, 4);
        int riffSize = plan.literal(new byte[4]); // known once every chunk was read
        plan.copy(8, 4);
        byte[] chunkHeader = new byte[8];
        long at = 12;
        while (at < riffEnd) {
            if (at + 8 > riffEnd || !in.read(chunkHeader, chunkHeader.length)) {
                throw new Unreadable("a WebP chunk header is cut off");
            }
            String fourcc = new String(chunkHeader, 0, 4, StandardCharsets.ISO_8859_1);
            long chunkSize = le32(chunkHeader, 4);
            long padded = chunkSize + (chunkSize & 1);
            if (chunkSize > riffEnd - at - 8) {
                throw new Unreadable("the WebP chunk " + fourcc + " runs past the end of the file");
            }
            long total = Math.min(8 + padded, riffEnd - at);
            if (WEBP_METADATA_CHUNKS.contains(fourcc)) {
                skip(in, total - 8, fourcc);
            } else if (fourcc.equals("VP8X") && chunkSize >= 1) {
                int flags = in.u8();
                if (flags < 0) {
                    throw new Unreadable("the WebP chunk VP8X runs past the end of the file");
                }
                plan.copy(at, 8);
                plan.literal((byte) (flags & ~0x0C)); // flags: EXIF (0x08) and XMP (0x04) metadata present
                skip(in, total - 9, fourcc);
                plan.copy(at + 9, total - 9);
            } else {
                skip(in, total - 8, fourcc);
                plan.copy(at, total);
            }
            at += total;
        }
        long kept = plan.length() - 8;
        plan.overwrite(riffSize, (byte) kept, (byte) (kept >>> 8), (byte) (kept >>> 16), (byte) (kept >>> 24));
    }

    private static void skip(PhotoReader in, long count, String fourcc) throws Unreadable, IOException {
        if (!in.skip(count)) {
            throw new Unreadable("the WebP chunk " + fourcc + " runs past the end of the file");
        }
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static long u32(byte[] b, int i) {
        return ((long) u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
    }

    private static long le32(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8) | (u8(b, i + 2) << 16) | ((long) u8(b, i + 3) << 24);
    }

    private static boolean startsWithAscii(byte[] b, int offset, String prefix) {
        return new String(b, offset, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
    }
}
