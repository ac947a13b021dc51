package io.suishoupai.shared.runtime;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.RetryLaterProblem;

/**
 * A fixed number of places for costly work in one process (a long statistics query; the kilobytes of photos held
 * in memory), so that however many callers arrive at once, the work in flight — and the memory and database time
 * it takes — stays bounded. A caller takes one place or several (a weight) and gives them back when done; one that
 * finds too few is refused 503 {@code BUSY} with {@code Retry-After}, after an optional bounded wait. Plain Java:
 * unit-tested without the app.
 */
public final class ConcurrencyGate {

    private final Semaphore places;
    private final int capacity;
    private final String work;
    private final AtomicInteger inUse = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** @param work what the places are for, named in the refusal ("statistics queries") */
    public ConcurrencyGate(int places, String work) {
        if (places < 1) {
            throw new IllegalArgumentException("a gate needs at least one place");
        }
        this.places = new Semaphore(places, true);
        this.capacity = places;
        this.work = work;
    }

    /** Takes a place now or refuses. */
    public Pass enterOrRefuse() {
        if (!places.tryAcquire()) {
            throw busy();
        }
        return new Pass(1);
    }

    /**
     * Takes {@code weight} places (at most all of them: work heavier than the whole gate still runs, alone), waiting
     * at most {@code wait} for them (blocking: call it from a worker thread).
     */
    public Pass enterWithin(int weight, Duration wait) {
        int taken = Math.max(1, Math.min(weight, capacity));
        try {
            if (!places.tryAcquire(taken, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        return new Pass(taken);
    }

    /** The most places ever in use at once (for tests and metrics). */
    public int peak() {
        return peak.get();
    }

    /** Starts counting the peak afresh from what is in use now. */
    public void resetPeak() {
        peak.set(inUse.get());
    }

    public int inUse() {
        return inUse.get();
    }

    private RetryLaterProblem busy() {
        return new RetryLaterProblem(503, ErrorCode.BUSY, "Service busy",
                "Too many " + work + " are running right now; try again in a moment.", 1);
    }

    /** Places held; closing it (once, whatever happens) frees them. */
    public final class Pass implements AutoCloseable {
        private final AtomicBoolean open = new AtomicBoolean(true);
        private final int taken;

        private Pass(int taken) {
            this.taken = taken;
            peak.accumulateAndGet(inUse.addAndGet(taken), Math::max);
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                inUse.addAndGet(-taken);
                places.release(taken);
            }
        }
    }
}
