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
        return sql.update("UPDATE suspension_request SET state = ?1, decided_by = 'system', decided_at = ?2, "
                + "note = ?3 WHERE case_id = ?4 AND state = ?5", SuspensionRequest.State.REJECTED.name(), t.at(),
                withdrawn, t.c().id, SuspensionRequest.State.PENDING.name());
    }
}
