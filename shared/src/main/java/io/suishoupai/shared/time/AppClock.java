package io.suishoupai.shared.time;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one source of "now" for every time rule (deadlines, daily limits, URL expiry, reminders).
 * Tests replace it with a controllable clock, so no test sleeps for time to pass.
 */
@ApplicationScoped
public class AppClock {

    public Clock clock() {
        return Clock.systemUTC();
    }

    public Instant now() {
        return clock().instant();
    }
}
