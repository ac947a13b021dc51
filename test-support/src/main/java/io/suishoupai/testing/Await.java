package io.suishoupai.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way tests wait for something another thread or process does: poll a condition every 20 ms until it holds,
 * and fail — naming what never happened — when the bound runs out. No test sleeps for time to pass (that is the
 * controllable clock's job); this waits only for work in flight.
 */
public final class Await {

    static final Duration POLL = Duration.ofMillis(20);

    private Await() {
    }

    /** Waits until the condition holds; fails with "waited in vain for {what}" after {@code atMost}. */
    public static void until(BooleanSupplier condition, Duration atMost, String what) {
        value(() -> condition.getAsBoolean() ? Boolean.TRUE : null, atMost, () -> what);
    }

    /**
     * Polls until {@code probe} gives a value (non-null), and returns it; fails after {@code atMost} with the text
     * {@code what} gives then (which may describe the last state seen).
     */
    public static <T> T value(Supplier<T> probe, Duration atMost, Supplier<String> what) {
        long until = System.nanoTime() + atMost.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("waited in vain for " + what.get());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what.get());
            }
        }
    }
}
