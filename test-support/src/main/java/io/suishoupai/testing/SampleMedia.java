package io.suishoupai.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/** Small files whose first bytes are what real encoders write (and, for photos, whose structure parses). */
public final class SampleMedia {

    private SampleMedia() {
    }

    /** GPS text a phone would write into a photo's EXIF: {@link #jpegWithGps} carries it, a stripped copy must not. */
    public static final String GPS_TEXT = "GPS 29.842100N 114.322500E";

    /**
     * A JPEG whose structure a parser can follow (start of image, JFIF header, one scan, end of image); the scan's
     * bytes are filler. Photos are parsed when kept (their metadata is stripped), so a bare header no longer passes.
     */
    public static byte[] jpeg(int size) {
        return jpeg(size, new byte[0]);
    }

    /** The same, with an APP1 EXIF segment holding {@link #GPS_TEXT}, as a phone's camera writes one. */
    public static byte[] jpegWithGps(int size) {
        byte[] exif = ("Exif\0\0MM\0*" + GPS_TEXT).getBytes(StandardCharsets.ISO_8859_1);
        byte[] app1 = new byte[4 + exif.length];
        app1[0] = (byte) 0xFF;
        app1[1] = (byte) 0xE1;
        app1[2] = (byte) ((exif.length + 2) >>> 8);
        app1[3] = (byte) (exif.length + 2);
        System.arraycopy(exif, 0, app1, 4, exif.length);
        return jpeg(size, app1);
    }

    private static byte[] jpeg(int size, byte[] segments) {
        byte[] head = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
                0x00, 0x01, 0x00, 0x00);
        byte[] scan = bytes(0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00);
        byte[] end = bytes(0xFF, 0xD9);
        return assemble(size, end, head, segments, scan);
    }

    /** A real, decodable photo of w × h white pixels in "jpg" or "png", as the JDK's image I/O writes it. */
    public static byte[] picture(String format, int w, int h) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, format, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG: signature, IHDR, one IDAT of filler, IEND (CRCs computed). */
    public static byte[] png(int size) {
        byte[] signature = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        byte[] ihdr = pngChunk("IHDR", bytes(0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0));
        byte[] iend = pngChunk("IEND", new byte[0]);
        int dataLength = Math.max(0, size - signature.length - ihdr.length - iend.length - 12);
        byte[] idat = pngChunk("IDAT", filler(dataLength));
        return concat(signature, ihdr, idat, iend);
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] chunk = new byte[12 + data.length];
        ByteBuffer.wrap(chunk).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk, 4, 4 + data.length);
        ByteBuffer.wrap(chunk, 8 + data.length, 4).putInt((int) crc.getValue());
        return chunk;
    }

    /** head + parts, filler up to size (never 0xFF, so no marker appears in it), then end. */
    private static byte[] assemble(int size, byte[] end, byte[]... parts) {
        int used = end.length;
        for (byte[] p : parts) {
            used += p.length;
        }
        return concat(concat(parts), filler(Math.max(0, size - used)), end);
    }

    private static byte[] filler(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) ((i * 31) % 255);
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        ByteBuffer all = ByteBuffer.allocate(n);
        for (byte[] p : parts) {
            all.put(p);
        }
        return all.array();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** A HEIC photo's first bytes (an ISO-BMFF ftyp box of brand heic); its metadata is not stripped. */
    public static byte[] heic(int size) {
        return withHead(size, 0x00, 0x00, 0x00, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c');
    }

    public static byte[] mp4(int size) {
        return withHead(size, 0x00, 0x00, 0x00, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm');
    }

    public static byte[] mp3(int size) {
        return withHead(size, 'I', 'D', '3', 0x04, 0x00);
    }

    public static byte[] text(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    private static byte[] withHead(int size, int... head) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < head.length && i < size; i++) {
            bytes[i] = (byte) head[i];
        }
        for (int i = head.length; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
