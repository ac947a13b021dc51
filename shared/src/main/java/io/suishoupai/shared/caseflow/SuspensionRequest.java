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

/** A handler's request to park a case (挂账) until a date, decided by a leader. At most one pending per case. */
@Entity
@Table(name = "suspension_request")
public class SuspensionRequest {

    public enum State {
        PENDING, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    /** The department that asked: a request never outlives the case's stay there. */
    @Column(name = "department_code")
    public String departmentCode;

    public String reason;

    @Column(name = "resume_at")
    public Instant until;

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
}
