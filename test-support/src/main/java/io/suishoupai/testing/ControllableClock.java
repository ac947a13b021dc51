package io.suishoupai.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.suishoupai.shared.time.AppClock;

/** Replaces the application clock in tests: the real time unless a test sets or shifts it. */
@Alternative
@Priority(1)
@ApplicationScoped
public class ControllableClock extends AppClock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Clock clock() {
        return Clock.offset(Clock.systemUTC(), offset);
    }

    public void shift(Duration by) {
        offset = offset.plus(by);
    }

    public void set(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    public Instant now() {
        return Instant.now(clock());
    }

    static Clock fixed(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }
}
