package io.suishoupai.shared.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CaseTransition;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.TransitionListener;
import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;
import io.smallrye.mutiny.Uni;

/**
 * Tells the reporter when their case is filed, not filed, dispatched, parked, deferred, voided or closed (with how), with the public note, through the
 * citizen channel (a gateway to SMS or WeChat template messages). Queued with the transition, in its transaction.
 */
@ApplicationScoped
public class CitizenNotices implements TransitionListener {

    static final Set<CaseState> TOLD = Set.of(CaseState.FILED, CaseState.NOT_FILED, CaseState.DISPATCHED,
            CaseState.CLOSED, CaseState.SUSPENDED, CaseState.DEFERRED, CaseState.VOIDED);

    @Inject
    Outbox outbox;

    @Override
    public Uni<Integer> onTransition(CaseTransition t) {
        return stateChanged(t.c(), t.from(), t.to(), t.publicNote(), t.at());
    }

    Uni<Integer> stateChanged(CityCase c, CaseState from, CaseState to, String publicNote, Instant at) {
        // DISPATCHED → DISPATCHED (extensions) and rework are the city's business, not news for the citizen
        boolean rework = from == CaseState.DISPOSED && to == CaseState.DISPATCHED;
        if (!TOLD.contains(to) || from == to || rework || !c.source.hasCitizenReporter()) {
            return Uni.createFrom().item(0);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseNumber", c.caseNumber);
        payload.put("reporterId", c.reporterId);
        payload.put("state", to.name());
        payload.put("note", publicNote);
        if (c.outcome != null) {
            payload.put("outcome", c.outcome.name());
        }
        payload.put("at", at.toString());
        return outbox.enqueue(OwnerKind.CITIZEN, "", "case.state-changed", payload, at);
    }
}
