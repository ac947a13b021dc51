package io.suishoupai.status.service;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * {@code suishoupai_cases{state}}: how many cases are in each state now. Read from the database at most every 30 s,
 * and only when Prometheus scrapes (the gauge reads the last answer and asks for a fresh one in the background):
 * no work at start-up, none without a scraper. On in the status-query function and the all-in-one app
 * ({@code suishoupai.metrics.case-gauges}); one function reporting it is enough.
 */
@ApplicationScoped
public class CaseStateGauges {

    private static final Logger LOG = Logger.getLogger(CaseStateGauges.class);
    private static final long REFRESH_NANOS = Duration.ofSeconds(30).toNanos();
    private static final String COUNT_BY_STATE = "SELECT state, count(*) FROM city_case GROUP BY state";

    @Inject
    MeterRegistry registry;

    @Inject
    Pool pool;

    @Inject
    SuishoupaiConfig config;

    private final Map<CaseState, AtomicLong> counts = new EnumMap<>(CaseState.class);
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile long refreshedAt = Long.MIN_VALUE / 2;

    void register(@Observes StartupEvent started) {
        if (!config.metrics().caseGauges()) {
            return;
        }
        for (CaseState state : CaseState.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(state, count);
            Gauge.builder("suishoupai.cases", count, c -> {
                refreshIfStale();
                return c.get();
            }).tag("state", state.name()).description("Cases in this state now").register(registry);
        }
    }

    private void refreshIfStale() {
        if (System.nanoTime() - refreshedAt < REFRESH_NANOS || !refreshing.compareAndSet(false, true)) {
            return;
        }
        pool.query(COUNT_BY_STATE).execute().map(rows -> {
            Map<CaseState, Long> now = new EnumMap<>(CaseState.class);
            for (CaseState state : CaseState.values()) {
                now.put(state, 0L); // every state present, zero where none
            }
            rows.forEach(row -> now.put(CaseState.valueOf(row.getString(0)), row.getLong(1)));
            return now;
        }).subscribe().with(this::store, failure -> {
            refreshing.set(false);
            LOG.debugf("case gauges not refreshed: %s", failure.getMessage());
        });
    }

    private void store(Map<CaseState, Long> now) {
        now.forEach((state, count) -> counts.get(state).set(count));
        refreshedAt = System.nanoTime();
        refreshing.set(false);
    }
}
