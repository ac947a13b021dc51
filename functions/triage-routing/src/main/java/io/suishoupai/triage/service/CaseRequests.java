package io.suishoupai.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.caseflow.ExtensionRequest;
import io.suishoupai.shared.caseflow.SuspensionRequest;
import io.suishoupai.shared.runtime.CurrentEntities;
import io.suishoupai.shared.runtime.CurrentSql;

/**
 * A department's requests beside a case — more time (延期), a pause (挂账) — read in the change's own transaction:
 * the one waiting for a decision, and how many a case has in a state. A decided request is written back with
 * {@link CurrentEntities#save}.
 */
@ApplicationScoped
public class CaseRequests {

    @Inject
    CurrentEntities entities;

    @Inject
    CurrentSql sql;

    /** The extension request of the case waiting for a decision, or null. */
    public Uni<ExtensionRequest> pendingExtension(long caseId) {
        return entities.firstWhere(ExtensionRequest.class, "case_id = ?1 AND state = ?2 ORDER BY id", caseId,
                ExtensionRequest.State.PENDING.name());
    }

    public Uni<Long> extensions(long caseId, ExtensionRequest.State state) {
        return count("SELECT count(*) FROM extension_request WHERE case_id = ?1 AND state = ?2", caseId, state.name());
    }

    /** The suspension request of the case waiting for a decision, or null. */
    public Uni<SuspensionRequest> pendingSuspension(long caseId) {
        return entities.firstWhere(SuspensionRequest.class, "case_id = ?1 AND state = ?2 ORDER BY id", caseId,
                SuspensionRequest.State.PENDING.name());
    }

    public Uni<Long> suspensions(long caseId, SuspensionRequest.State state) {
        return count("SELECT count(*) FROM suspension_request WHERE case_id = ?1 AND state = ?2", caseId,
                state.name());
    }

    private Uni<Long> count(String statement, Object... values) {
        return sql.value(statement, values).map(n -> ((Number) n).longValue());
    }
}
