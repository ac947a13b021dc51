package io.suishoupai.shared.storage;

import java.time.Duration;

/**
 * Remembers that a peer answered, for a short while: a call that would ask the peer first (is the bucket there?)
 * asks at most once per window while it keeps answering, and every time while it does not (a failure is never
 * remembered, so the first call after an outage asks again). Monotonic time ({@link System#nanoTime}), not the app's
 * clock: a clock that moves (tests, a corrected wall clock) must not stretch or shrink the window.
 */
public final class ReachableWindow {

    private final long windowNanos;
    // written before answered, so a reader that sees answered sees its time
    private volatile long answeredAt;
    private volatile boolean answered;

    public ReachableWindow(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("a window cannot be negative: " + window);
        }
        this.windowNanos = window.toNanos();
    }

    /** True when the peer answered less than the window ago (at {@code nowNanos}, a {@link System#nanoTime} reading). */
    public boolean fresh(long nowNanos) {
        return answered && nowNanos - answeredAt < windowNanos;
    }

    /** The peer answered at {@code nowNanos}. */
    public synchronized void answered(long nowNanos) {
        // differences, not comparisons: nanoTime may be negative and may wrap
        if (!answered || nowNanos - answeredAt > 0) {
            answeredAt = nowNanos;
        }
        answered = true;
    }
}
