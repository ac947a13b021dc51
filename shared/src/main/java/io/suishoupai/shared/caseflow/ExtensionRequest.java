package io.suishoupai.shared.caseflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;

/** A handler's request for more time (延期), decided by the command centre. At most one pending per case. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

    public enum State {
        PENDING, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    public int hours;

    public String reason;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String note;

    /**
     * Must run inside a transaction. A request is for the department that holds the case: when the case leaves it
     * (returned, or dispatched anew) a pending request is closed as refused, so the next department can ask for its
     * own time and nobody can approve the old department's hours onto it.
     */
    public static Uni<Integer> withdrawPending(long caseId, String why, Instant at) {
        return CurrentSql.here().update("UPDATE extension_request SET state = ?1, decided_by = 'system', "
                + "decided_at = ?2, note = ?3 WHERE case_id = ?4 AND state = ?5", State.REJECTED.name(), at, why,
                caseId, State.PENDING.name());
    }
}
