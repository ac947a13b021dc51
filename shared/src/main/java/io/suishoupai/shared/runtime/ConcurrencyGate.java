package io.suishoupai.shared.runtime;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.RetryLaterProblem;

/**
 * A fixed number of places for costly work in one process (a long statistics query, a photo held in memory), so
 * that however many callers arrive at once, the work in flight — and the memory and database time it takes — stays
 * bounded. A caller that finds no place is refused 503 {@code BUSY} with {@code Retry-After}, after an optional
 * bounded wait. Plain Java: unit-tested without the app.
 */
public final class ConcurrencyGate {

    private final Semaphore places;
    private final String work;
    private final AtomicInteger inUse = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** @param work what the places are for, named in the refusal ("statistics queries") */
    public ConcurrencyGate(int places, String work) {
        if (places < 1) {
            throw new IllegalArgumentException("a gate needs at least one place");
        }
        this.places = new Semaphore(places, true);
        this.work = work;
    }

    /** Takes a place now or refuses. */
    public Pass enterOrRefuse() {
        if (!places.tryAcquire()) {
            throw busy();
        }
        return new Pass();
    }

    /** Takes a place, waiting at most {@code wait} for one (blocking: call it from a worker thread). */
    public Pass enterWithin(Duration wait) {
        try {
            if (!places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        return new Pass();
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

    /** A place held; closing it (once, whatever happens) frees it. */
    public final class Pass implements AutoCloseable {
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Pass() {
            peak.accumulateAndGet(inUse.incrementAndGet(), Math::max);
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                inUse.decrementAndGet();
                places.release();
            }
        }
    }
}
