package io.suishoupai.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.suishoupai.shared.time.AppClock;

/** Replaces the application clock in tests: the real time unless a test sets (freezes) or shifts it. */
@Alternative
@Priority(1)
@ApplicationScoped
public class ControllableClock extends AppClock {

    private volatile Clock clock = Clock.systemUTC();

    @Override
    public Clock clock() {
        return clock;
    }

    /** Moves the running clock by a duration (it keeps ticking). */
    public void shift(Duration by) {
        clock = Clock.offset(clock, by);
    }

    /** Stops the clock at an instant, until the next set, shift or reset. */
    public void set(Instant now) {
        clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    public void reset() {
        clock = Clock.systemUTC();
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
