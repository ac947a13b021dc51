package io.suishoupai.shared.abuse;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.RetryLaterProblem;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.time.AppClock;

/**
 * Per-caller rate limits, shared by every instance of a function (the count is a row in PostgreSQL, not process
 * memory: a Lambda fleet or a scaled container deployment enforces one limit). Fixed windows: each call adds one
 * hit to the caller's current window; past the limit the call is refused with 429 RATE_LIMITED and Retry-After
 * the end of the window. Refused calls count too, so hammering does not reset anything.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    AbuseLimits limits;

    @Inject
    Pool pool;

    @Inject
    AppClock clock;

    /**
     * Counts the call on its own, committed at once (a refused or failing call still counts), and refuses it past
     * the limit: one statement on the pool, which also removes the caller's finished windows (the table stays one
     * row per caller and action). Blocking: for functions on the worker thread, before their real work.
     */
    public void check(String callerId, String action) {
        Instant now = clock.now();
        AbuseLimits.Rate rate = limits.rate(action);
        Instant windowStart = windowStart(rate, now);
        int hits = pool.preparedQuery(COUNT_AND_FORGET)
                .execute(Tuple.of(callerId, action, windowStart.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.iterator().next().getInteger(0))
                .await().atMost(Reactive.BLOCKING_WAIT);
        refusePastLimit(rate, action, hits, windowStart, now);
    }

    /** Counts the hit and removes the caller's finished windows, in one statement ($n: the pool's placeholders). */
    private static final String COUNT_AND_FORGET = "WITH finished AS (DELETE FROM rate_window "
            + "WHERE caller_id = $1 AND action = $2 AND window_start < $3) "
            + "INSERT INTO rate_window (caller_id, action, window_start, hits) VALUES ($1, $2, $3, 1) "
            + "ON CONFLICT (caller_id, action, window_start) DO UPDATE SET hits = rate_window.hits + 1 "
            + "RETURNING hits";

    /** Must run inside a transaction; counts the call (the same statement) and refuses it past the limit. */
    public Uni<Void> hit(String callerId, String action, Instant now) {
        AbuseLimits.Rate rate = limits.rate(action);
        Instant windowStart = windowStart(rate, now);
        return CurrentSql.here().value(COUNT_AND_FORGET.replace('$', '?'), callerId, action, windowStart)
                .invoke(hits -> refusePastLimit(rate, action, ((Number) hits).intValue(), windowStart, now))
                .replaceWithVoid();
    }

    private static Instant windowStart(AbuseLimits.Rate rate, Instant now) {
        long windowMillis = rate.window().toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
    }

    private static void refusePastLimit(AbuseLimits.Rate rate, String action, int hits, Instant windowStart,
            Instant now) {
        if (hits > rate.limit()) {
            long retryAfter = Math.max(1, Duration.between(now, windowStart.plus(rate.window())).toSeconds());
            throw new RetryLaterProblem(429, ErrorCode.RATE_LIMITED, "Too many requests",
                    "At most " + rate.limit() + " " + action + " calls per " + describe(rate.window())
                            + "; try again in " + retryAfter + " s.", retryAfter);
        }
    }

    private static String describe(Duration window) {
        return window.toSeconds() % 60 == 0 ? window.toMinutes() + " min" : window.toSeconds() + " s";
    }
}
