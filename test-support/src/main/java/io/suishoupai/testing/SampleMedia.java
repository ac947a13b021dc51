package io.suishoupai.testing;

import java.util.Arrays;

/** Small files whose first bytes are what real encoders write. */
public final class SampleMedia {

    private SampleMedia() {
    }

    public static byte[] jpeg(int size) {
        return withHead(size, 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00);
    }

    public static byte[] png(int size) {
        return withHead(size, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D);
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
