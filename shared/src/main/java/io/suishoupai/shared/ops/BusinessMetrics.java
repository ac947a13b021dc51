package io.suishoupai.shared.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.caseflow.CaseTransition;
import io.suishoupai.shared.caseflow.TransitionListener;

/**
 * The business counters operators watch beside the HTTP metrics (Prometheus at /q/metrics):
 * {@code suishoupai_case_transitions_total{to}} (reports submitted are transitions to SUBMITTED),
 * {@code suishoupai_reminders_total{level}} and {@code suishoupai_redemptions_total{outcome}}.
 * Counted when the work is done, before its transaction commits: a rolled-back change may still have counted.
 */
@ApplicationScoped
public class BusinessMetrics implements TransitionListener {

    @Inject
    MeterRegistry registry;

    @Override
    public Uni<Void> onTransition(CaseTransition transition) {
        registry.counter("suishoupai.case.transitions", "to", transition.to().name()).increment();
        return Uni.createFrom().voidItem();
    }

    public void reminders(String level, int count) {
        if (count > 0) {
            registry.counter("suishoupai.reminders", "level", level).increment(count);
        }
    }

    public void redemption(String outcome) {
        registry.counter("suishoupai.redemptions", "outcome", outcome).increment();
    }
}
