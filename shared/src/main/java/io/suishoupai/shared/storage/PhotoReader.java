package io.suishoupai.shared.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a photo forward through one fixed buffer, knowing where it is: what {@link PhotoMetadata} needs to follow a
 * photo's structure without holding the photo. Every method answers -1 (or false) at the end of the photo.
 */
final class PhotoReader {

    static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int next;
    private int limit;
    /** How many bytes of the photo lie before {@code buffer[0]}. */
    private long passed;

    PhotoReader(InputStream in) {
        this.in = in;
    }

    /** The position of the next byte to be read. */
    long position() {
        return passed + next;
    }

    private boolean fill() throws IOException {
        if (next < limit) {
            return true;
        }
        passed += limit;
        next = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    int u8() throws IOException {
        return fill() ? buffer[next++] & 0xFF : -1;
    }

    /** A big-endian 16-bit number, or -1 when the photo ends first. */
    int u16() throws IOException {
        int high = u8();
        int low = u8();
        return high < 0 || low < 0 ? -1 : (high << 8) | low;
    }

    /** Fills {@code into} from the photo; false when the photo ends first. */
    boolean read(byte[] into, int length) throws IOException {
        for (int filled = 0; filled < length; ) {
            if (!fill()) {
                return false;
            }
            int n = Math.min(length - filled, limit - next);
            System.arraycopy(buffer, next, into, filled, n);
            next += n;
            filled += n;
        }
        return true;
    }

    /** Passes over {@code count} bytes; false when the photo ends first. */
    boolean skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            if (!fill()) {
                return false;
            }
            int n = (int) Math.min(left, limit - next);
            next += n;
            left -= n;
        }
        return true;
    }

    /** Reads up to and with the next 0xFF byte and answers its position, or -1 when the photo ends first. */
    long nextFF() throws IOException {
        while (fill()) {
            for (int i = next; i < limit; i++) {
                if (buffer[i] == (byte) 0xFF) {
                    next = i + 1;
                    return passed + i;
                }
            }
            next = limit;
        }
        return -1;
    }
}
