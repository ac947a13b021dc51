package io.suishoupai.shared.time;

import java.time.Duration;
import java.time.Instant;

import io.suishoupai.shared.error.Problems;

/**
 * The instant a scheduled run (reminders, a delivery pass) judges "what is due" by. A caller may name an earlier
 * one, to catch up a run that was missed, but never a later one: a future instant would record escalations before
 * they happen (they show in public statistics and bulletins) and sign webhooks with timestamps a receiver would
 * accept later (replayable). The run's effects and signatures always carry the real clock, whatever is named.
 */
public final class RunInstant {

    private RunInstant() {
    }

    /**
     * @param requested what the caller named, or null for now
     * @param now the real clock
     * @param skew how far ahead a scheduler's clock may be and still count as now
     * @return the instant to judge by, never after {@code now}
     */
    public static Instant judgedAt(Instant requested, Instant now, Duration skew) {
        if (requested == null || requested.isAfter(now)) {
            if (requested != null && requested.isAfter(now.plus(skew))) {
                throw Problems.invalid("at", "may only look back: " + requested + " is after the server's clock ("
                        + now + ")");
            }
            return now;
        }
        return requested;
    }
}
