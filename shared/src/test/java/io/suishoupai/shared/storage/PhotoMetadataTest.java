package io.suishoupai.shared.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What leaves a photo and what stays, for each format that is stripped, and what is refused as unreadable. */
class PhotoMetadataTest {

    static final String GPS = "GPS 29.8421N 114.3225E";

    @Test
    void aJpegLosesExifXmpIptcAndCommentsAndKeepsJfifColourAndTheImage() throws Exception {
        byte[] jfif = segment(0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0");
        byte[] icc = segment(0xE2, "ICC_PROFILE\0\1\1colour");
        byte[] adobe = segment(0xEE, "Adobe\0d\0\0\0\0\1");
        byte[] quant = segment(0xDB, "\0quantisation-table");
        byte[] scan = concat(bytes(0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0), "image data".getBytes(), bytes(0xFF, 0xD9));
        byte[] photo = concat(bytes(0xFF, 0xD8), jfif, segment(0xE1, "Exif\0\0MM\0*" + GPS), icc,
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + GPS), segment(0xED, "Photoshop 3.0\0" + GPS),
                segment(0xFE, "taken at home, " + GPS), segment(0xE2, "FPXR\0" + GPS), adobe, quant, scan);

        byte[] stripped = PhotoMetadata.strip(MediaType.JPEG, photo);

        assertArrayEquals(concat(bytes(0xFF, 0xD8), jfif, icc, adobe, quant, scan), stripped);
        assertFalse(text(stripped).contains("GPS"));
    }

    @Test
    void aJpegEndsAtItsEndOfImageMarkerAndKeepsEveryScan() throws Exception {
        byte[] jfif = segment(0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0");
        byte[] sos = bytes(0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0);
        // scan data with a stuffed 0xFF00 and a restart marker, then a second (progressive) scan after a table
        byte[] firstScan = concat(sos, bytes(0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56));
        byte[] table = segment(0xC4, "\0huffman");
        byte[] secondScan = concat(sos, bytes(0x78, 0x9A));
        byte[] xmpBetweenScans = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0" + GPS);
        // what phones append after the end of image: an MPF preview, a whole JPEG with EXIF (GPS) of its own
        byte[] preview = concat(bytes(0xFF, 0xD8), segment(0xE1, "Exif\0\0MM\0*" + GPS), sos, bytes(1, 2, 0xFF, 0xD9));
        byte[] photo = concat(bytes(0xFF, 0xD8), jfif, firstScan, table, xmpBetweenScans, secondScan, bytes(0xFF, 0xD9),
                preview);

        byte[] stripped = PhotoMetadata.strip(MediaType.JPEG, photo);

        assertArrayEquals(concat(bytes(0xFF, 0xD8), jfif, firstScan, table, secondScan, bytes(0xFF, 0xD9)), stripped);
        assertFalse(text(stripped).contains("GPS"));
    }

    @Test
    void aPngLosesItsTextExifAndTimeChunksAndWhateverFollowsIend() throws Exception {
        byte[] ihdr = chunk("IHDR", "\0\0\0\1\0\0\0\1\10\2\0\0\0");
        byte[] idat = chunk("IDAT", "pixels");
        byte[] iend = chunk("IEND", "");
        byte[] photo = concat(signature(), ihdr, chunk("eXIf", "MM\0*" + GPS), chunk("tEXt", "Comment\0" + GPS),
                chunk("iTXt", "XML:com.adobe.xmp\0" + GPS), chunk("tIME", "1234567"), idat, iend, GPS.getBytes());

        assertArrayEquals(concat(signature(), ihdr, idat, iend), PhotoMetadata.strip(MediaType.PNG, photo));
    }

    @Test
    void aWebpLosesExifAndXmpChunksAndTheFlagsThatAnnounceThem() throws Exception {
        byte[] vp8x = riffChunk("VP8X", bytes(0x0C | 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0)); // EXIF, XMP, alpha
        byte[] image = riffChunk("VP8L", "odd".getBytes()); // odd size: padded to even
        byte[] photo = webp(vp8x, riffChunk("EXIF", ("MM\0*" + GPS).getBytes()), image,
                riffChunk("XMP ", ("<x:xmpmeta>" + GPS).getBytes()));

        byte[] stripped = PhotoMetadata.strip(MediaType.WEBP, photo);

        byte[] expectedVp8x = vp8x.clone();
        expectedVp8x[8] = 0x10; // alpha stays
        assertArrayEquals(webp(expectedVp8x, image), stripped);
        assertFalse(text(stripped).contains("GPS"));
    }

    @Test
    void aPhotoWhoseStructureCannotBeFollowedIsRefused() {
        byte[] headerOnly = concat(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10), "JFIF\0 then noise".getBytes());
        for (byte[] broken : new byte[][] {headerOnly, bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x7F, 0xFF, 0),
                bytes(0xFF, 0xD8, 0xFF, 0xD9), concat(bytes(0xFF, 0xD8), segment(0xE0, "JFIF\0"))}) {
            assertThrows(PhotoMetadata.Unreadable.class, () -> PhotoMetadata.strip(MediaType.JPEG, broken));
        }
        assertThrows(PhotoMetadata.Unreadable.class,
                () -> PhotoMetadata.strip(MediaType.PNG, concat(signature(), chunk("IHDR", "x"))));
        assertThrows(PhotoMetadata.Unreadable.class,
                () -> PhotoMetadata.strip(MediaType.PNG, concat(signature(), chunk("tEXt", "x"), chunk("IEND", ""))));
        byte[] lying = webp(riffChunk("VP8L", "pixels".getBytes()));
        lying[16] = 0x7F; // the chunk claims more bytes than the file has
        assertThrows(PhotoMetadata.Unreadable.class, () -> PhotoMetadata.strip(MediaType.WEBP, lying));
    }

    @Test
    void heicVideoAndVoiceAreNotStripped() {
        assertTrue(PhotoMetadata.strips(MediaType.JPEG) && PhotoMetadata.strips(MediaType.PNG)
                && PhotoMetadata.strips(MediaType.WEBP));
        assertFalse(PhotoMetadata.strips(MediaType.HEIC) || PhotoMetadata.strips(MediaType.MP4)
                || PhotoMetadata.strips(MediaType.AMR));
    }

    static byte[] segment(int marker, String data) {
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        return concat(bytes(0xFF, marker, (d.length + 2) >>> 8, (d.length + 2) & 0xFF), d);
    }

    static byte[] signature() {
        return bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    static byte[] chunk(String type, String data) {
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        int n = d.length;
        return concat(bytes(n >>> 24, (n >>> 16) & 0xFF, (n >>> 8) & 0xFF, n & 0xFF), type.getBytes(), d,
                bytes(0, 0, 0, 0)); // the stripper does not check CRCs
    }

    static byte[] riffChunk(String fourcc, byte[] data) {
        int n = data.length;
        return concat(fourcc.getBytes(), bytes(n & 0xFF, (n >>> 8) & 0xFF, 0, 0), data, n % 2 == 1 ? bytes(0) : bytes());
    }

    static byte[] webp(byte[]... chunks) {
        byte[] body = concat(chunks);
        int n = body.length + 4;
        return concat("RIFF".getBytes(), bytes(n & 0xFF, (n >>> 8) & 0xFF, 0, 0), "WEBP".getBytes(), body);
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
