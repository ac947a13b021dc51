package io.suishoupai.shared.caseflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;

import io.smallrye.mutiny.Uni;

/**
 * A suspension request is the department's while it holds the case: whenever a case leaves DISPATCHED (disposed,
 * returned, voided, closed, deferred, or suspended by the approval itself) a request still pending is closed as
 * refused, so nobody can approve a stale request onto the case later.
 */
@ApplicationScoped
public class SuspensionRequests implements TransitionListener {

    @Inject
    CurrentSql sql;

    @Override
    public Uni<?> onTransition(CaseTransition t) {
        if (t.from() != CaseState.DISPATCHED || t.to() == CaseState.DISPATCHED) {
            return Uni.createFrom().voidItem();
        }
        String withdrawn = "withdrawn: case " + t.to().name().toLowerCase();
        if (sql.onPool()) {
            // a pool transaction has no session to be out of step with: one statement
            return sql.update("UPDATE suspension_request SET state = ?1, decided_by = 'system', decided_at = ?2, "
                    + "note = ?3 WHERE case_id = ?4 AND state = ?5", SuspensionRequest.State.REJECTED.name(), t.at(),
                    withdrawn, t.c().id, SuspensionRequest.State.PENDING.name());
        }
        // entities, not a bulk update: a request decided in this transaction is already APPROVED in the session
        return SuspensionRequest.<SuspensionRequest>list("caseId = ?1 and state = ?2", t.c().id,
                SuspensionRequest.State.PENDING).invoke(pending -> pending.stream()
                        .filter(r -> r.state == SuspensionRequest.State.PENDING)
                        .forEach(r -> {
                            r.state = SuspensionRequest.State.REJECTED;
                            r.decidedBy = "system";
                            r.decidedAt = t.at();
                            r.note = withdrawn;
                        }));
    }
}
