package io.suishoupai.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * What of a photo is kept, found by one pass over it ({@link PhotoMetadata#plan}): byte ranges of the original in
 * order, with a few bytes of the app's own between them (a JPEG marker without its fill bytes, a WebP header's new
 * size, cleared flags). {@link #open} applies it to a second read of the same photo as a stream, so keeping a photo
 * holds neither the photo nor its stripped copy, and the stripped size is known before the copy is written.
 */
public final class KeepPlan {

    /**
     * Real photos have tens of pieces; a crafted one with a metadata segment between every few bytes is refused
     * rather than planned (the plan would grow with the photo).
     */
    static final int MAX_PIECES = 10_000;

    /** A piece is a range of the original ({@code start >= 0}) or literal bytes at {@code -1 - start} in literals. */
    private long[] starts = new long[16];
    private long[] lengths = new long[16];
    private int pieces;
    private byte[] literals = new byte[16];
    private int literalBytes;
    private long length;

    KeepPlan() {
    }

    /** The stripped photo's size in bytes. */
    public long length() {
        return length;
    }

    /** Keeps {@code count} bytes of the original from {@code start} (joined to the range before when they touch). */
    void copy(long start, long count) throws PhotoMetadata.Unreadable {
        if (count <= 0) {
            return;
        }
        length += count;
        int last = pieces - 1;
        if (last >= 0 && starts[last] >= 0 && starts[last] + lengths[last] == start) {
            lengths[last] += count;
            return;
        }
        add(start, count);
    }

    /** Writes bytes of the app's own here; answers where they are, for {@link #overwrite}. */
    int literal(byte... bytes) throws PhotoMetadata.Unreadable {
        int at = literalBytes;
        if (at + bytes.length > literals.length) {
            literals = Arrays.copyOf(literals, Math.max(literals.length * 2, at + bytes.length));
        }
        System.arraycopy(bytes, 0, literals, at, bytes.length);
        literalBytes += bytes.length;
        length += bytes.length;
        add(-1L - at, bytes.length);
        return at;
    }

    /** Fills literal bytes whose value is known only once the whole photo was read (a WebP's RIFF size). */
    void overwrite(int literalAt, byte... bytes) {
        System.arraycopy(bytes, 0, literals, literalAt, bytes.length);
    }

    private void add(long start, long count) throws PhotoMetadata.Unreadable {
        if (pieces == MAX_PIECES) {
            throw new PhotoMetadata.Unreadable("more than " + MAX_PIECES + " pieces of metadata and image interleave");
        }
        if (pieces == starts.length) {
            starts = Arrays.copyOf(starts, pieces * 2);
            lengths = Arrays.copyOf(lengths, pieces * 2);
        }
        starts[pieces] = start;
        lengths[pieces] = count;
        pieces++;
    }

    /**
     * The stripped photo, read from {@code original} (the same bytes the plan was made from, read again from their
     * start). Ends with an {@link IOException} if the original is shorter than the plan says.
     */
    public InputStream open(InputStream original) {
        return new Stripped(original);
    }

    private final class Stripped extends InputStream {
        private final InputStream original;
        private long originalPosition;
        private int piece;
        private long doneInPiece;

        Stripped(InputStream original) {
            this.original = original;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int count) throws IOException {
            if (count == 0) {
                return 0;
            }
            while (piece < pieces && doneInPiece == lengths[piece]) {
                piece++;
                doneInPiece = 0;
            }
            if (piece == pieces) {
                return -1;
            }
            long start = starts[piece];
            int n = (int) Math.min(count, lengths[piece] - doneInPiece);
            if (start < 0) {
                System.arraycopy(literals, (int) (-1 - start + doneInPiece), into, offset, n);
            } else {
                skipTo(start + doneInPiece);
                n = original.read(into, offset, n);
                if (n < 0) {
                    throw new IOException("the photo ended at byte " + originalPosition + ", before what was planned");
                }
                originalPosition += n;
            }
            doneInPiece += n;
            return n;
        }

        private void skipTo(long position) throws IOException {
            while (originalPosition < position) {
                long skipped = original.skip(position - originalPosition);
                if (skipped <= 0) {
                    if (original.read() < 0) {
                        throw new IOException("the photo ended at byte " + originalPosition + ", before what was planned");
                    }
                    skipped = 1;
                }
                originalPosition += skipped;
            }
        }

        @Override
        public void close() throws IOException {
            original.close();
        }
    }
}
