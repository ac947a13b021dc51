package io.suishoupai.shared.caseflow;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * A suspension request is the department's while it holds the case: whenever a case leaves DISPATCHED (disposed,
 * returned, voided, closed, deferred, or suspended by the approval itself) a request still pending is closed as
 * refused, so nobody can approve a stale request onto the case later.
 */
@ApplicationScoped
public class SuspensionRequests implements TransitionListener {

    @Override
    public Uni<?> onTransition(CaseTransition t) {
        if (t.from() != CaseState.DISPATCHED || t.to() == CaseState.DISPATCHED) {
            return Uni.createFrom().voidItem();
        }
        // entities, not a bulk update: a request decided in this transaction is already APPROVED in the session
        return SuspensionRequest.<SuspensionRequest>list("caseId = ?1 and state = ?2", t.c().id,
                SuspensionRequest.State.PENDING).invoke(pending -> pending.stream()
                        .filter(r -> r.state == SuspensionRequest.State.PENDING)
                        .forEach(r -> {
                            r.state = SuspensionRequest.State.REJECTED;
                            r.decidedBy = "system";
                            r.decidedAt = t.at();
                            r.note = "withdrawn: case " + t.to().name().toLowerCase();
                        }));
    }
}
