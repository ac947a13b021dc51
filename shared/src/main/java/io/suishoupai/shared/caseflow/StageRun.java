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

/** One run of a timed stage of a case (CaseStage): started, due on the working calendar, ended (null: still open). */
@Entity
@Table(name = "case_stage")
public class StageRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    public CaseStage stage;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "ended_at")
    public Instant endedAt;
}
