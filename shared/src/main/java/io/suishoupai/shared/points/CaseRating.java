package io.suishoupai.shared.points;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reporter's rating of their closed case: once per case. */
@Entity
@Table(name = "case_rating")
public class CaseRating {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "reporter_id")
    public String reporterId;

    public int score;

    public String comment;

    public boolean reopened;

    public Instant at;
}
