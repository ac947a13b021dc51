package io.suishoupai.shared.storage;

import java.io.ByteArrayOutputStream;
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

    private PhotoMetadata() {
    }

    /** True for the types whose metadata {@link #strip} removes. */
    public static boolean strips(MediaType type) {
        return type == MediaType.JPEG || type == MediaType.PNG || type == MediaType.WEBP;
    }

    public static byte[] strip(MediaType type, byte[] photo) throws Unreadable {
        return switch (type) {
            case JPEG -> jpeg(photo);
            case PNG -> png(photo);
            case WEBP -> webp(photo);
            default -> throw new IllegalArgumentException(type + " is not stripped");
        };
    }

    /**
     * Segments up to the first scan: keep APP0 (JFIF), APP2 colour profiles, APP14 (Adobe colour transform) and
     * every non-APP segment; drop every other APPn (APP1 is EXIF and XMP, APP13 IPTC) and comments. The scans are
     * copied as they are, up to the end-of-image marker; see {@link #scans}.
     */
    static byte[] jpeg(byte[] in) throws Unreadable {
        if (in.length < 4 || u8(in, 0) != 0xFF || u8(in, 1) != 0xD8) {
            throw new Unreadable("no JPEG start-of-image marker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (true) {
            if (i >= in.length || u8(in, i) != 0xFF) {
                throw new Unreadable("a JPEG segment does not start with a marker at byte " + i);
            }
            while (i < in.length && u8(in, i) == 0xFF) {
                i++; // fill bytes
            }
            if (i >= in.length) {
                throw new Unreadable("the JPEG ends inside a marker");
            }
            int marker = u8(in, i++);
            if (marker == 0xD9) {
                throw new Unreadable("the JPEG ends before any image data");
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            if (i + 2 > in.length) {
                throw new Unreadable("the JPEG ends inside a segment header");
            }
            int length = u16(in, i);
            if (length < 2 || i + length > in.length) {
                throw new Unreadable("a JPEG segment runs past the end of the file");
            }
            if (marker == 0xDA) { // start of scan: image data from here on, up to the end-of-image marker
                out.write(0xFF);
                out.write(marker);
                out.write(in, i, length);
                return scans(in, i + length, out);
            }
            if (keepJpegSegment(marker, in, i + 2, length - 2)) {
                out.write(0xFF);
                out.write(marker);
                out.write(in, i, length);
            }
            i += length;
        }
    }

    /**
     * The entropy-coded data of a scan and the segments between scans (a progressive JPEG has many), up to and with
     * the end-of-image marker. Nothing after it is kept: MPF previews, gain maps and trailers appended there are
     * whole images with EXIF (GPS) of their own. Metadata segments between scans are dropped like those before.
     */
    private static byte[] scans(byte[] in, int from, ByteArrayOutputStream out) throws Unreadable {
        int start = from;
        int i = from;
        while (i + 1 < in.length) {
            if (u8(in, i) != 0xFF) {
                i++;
                continue;
            }
            int next = u8(in, i + 1);
            if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7)) {
                i += next == 0xFF ? 1 : 2; // stuffed byte, fill byte or restart marker: still scan data
                continue;
            }
            out.write(in, start, i - start);
            if (next == 0xD9) {
                out.write(0xFF);
                out.write(0xD9);
                return out.toByteArray();
            }
            if (i + 4 > in.length) {
                throw new Unreadable("the JPEG ends inside a segment header");
            }
            int length = u16(in, i + 2);
            if (length < 2 || i + 2 + length > in.length) {
                throw new Unreadable("a JPEG segment runs past the end of the file");
            }
            if (next == 0xDA || keepJpegSegment(next, in, i + 4, length - 2)) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
            start = i;
        }
        // a truncated file (no end-of-image marker) has nothing after its image to drop: keep what there is
        out.write(in, start, in.length - start);
        return out.toByteArray();
    }

    private static boolean keepJpegSegment(int marker, byte[] in, int data, int dataLength) {
        boolean app = marker >= 0xE0 && marker <= 0xEF;
        if (marker == 0xFE) {
            return false; // comment
        }
        if (!app) {
            return true;
        }
        return marker == 0xE0 || marker == 0xEE
                || (marker == 0xE2 && startsWithAscii(in, data, dataLength, "ICC_PROFILE\0"));
    }

    /** Chunks from IHDR to IEND, without the metadata chunks; anything after IEND is dropped too. */
    static byte[] png(byte[] in) throws Unreadable {
        if (!startsWith(in, PNG_SIGNATURE)) {
            throw new Unreadable("no PNG signature");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, PNG_SIGNATURE.length);
        int i = PNG_SIGNATURE.length;
        boolean first = true;
        while (true) {
            if (i + 12 > in.length) {
                throw new Unreadable("the PNG ends before its IEND chunk");
            }
            long length = u32(in, i);
            String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > in.length - i - 12L) {
                throw new Unreadable("the PNG chunk " + type + " runs past the end of the file");
            }
            if (first && !type.equals("IHDR")) {
                throw new Unreadable("the PNG does not start with IHDR");
            }
            first = false;
            int total = (int) length + 12;
            if (!PNG_METADATA_CHUNKS.contains(type)) {
                out.write(in, i, total);
            }
            i += total;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
    }

    /** RIFF chunks without EXIF and XMP, the VP8X flags that announce them cleared, the RIFF size recomputed. */
    static byte[] webp(byte[] in) throws Unreadable {
        if (in.length < 12 || !startsWithAscii(in, 0, in.length, "RIFF") || !startsWithAscii(in, 8, in.length - 8, "WEBP")) {
            throw new Unreadable("no RIFF WEBP header");
        }
        long riffEnd = Math.min(in.length, 8 + le32(in, 4));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 12);
        int i = 12;
        while (i < riffEnd) {
            if (i + 8 > riffEnd) {
                throw new Unreadable("a WebP chunk header is cut off");
            }
            String fourcc = new String(in, i, 4, StandardCharsets.ISO_8859_1);
            long size = le32(in, i + 4);
            long padded = size + (size & 1);
            if (size > riffEnd - i - 8L) {
                throw new Unreadable("the WebP chunk " + fourcc + " runs past the end of the file");
            }
            int total = (int) Math.min(8 + padded, riffEnd - i);
            if (!WEBP_METADATA_CHUNKS.contains(fourcc)) {
                byte[] chunk = Arrays.copyOfRange(in, i, i + total);
                if (fourcc.equals("VP8X") && size >= 1) {
                    chunk[8] &= (byte) ~0x0C; // flags: EXIF (0x08) and XMP (0x04) metadata present
                }
                out.write(chunk, 0, chunk.length);
            }
            i += total;
        }
        byte[] result = out.toByteArray();
        long riffSize = result.length - 8L;
        result[4] = (byte) riffSize;
        result[5] = (byte) (riffSize >>> 8);
        result[6] = (byte) (riffSize >>> 16);
        result[7] = (byte) (riffSize >>> 24);
        return result;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i) {
        return (u8(b, i) << 8) | u8(b, i + 1);
    }

    private static long u32(byte[] b, int i) {
        return ((long) u16(b, i) << 16) | u16(b, i + 2);
    }

    private static long le32(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8) | (u8(b, i + 2) << 16) | ((long) u8(b, i + 3) << 24);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAscii(byte[] b, int offset, int available, String prefix) {
        if (available < prefix.length() || offset + prefix.length() > b.length) {
            return false;
        }
        return new String(b, offset, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
    }
}
