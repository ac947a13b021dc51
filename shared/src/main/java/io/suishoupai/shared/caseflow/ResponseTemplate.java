package io.suishoupai.shared.caseflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A response template (回复模板): the public wording of a state (or of the automatic progress note, PROGRESS) for one
 * category or, without one, for all; placeholders {caseNumber}, {department} and {deadline}.
 */
@Entity
@Table(name = "response_template")
public class ResponseTemplate {

    /** The pseudo-state of the automatic progress note on a long-dispatched case. */
    public static final String PROGRESS = "PROGRESS";

    @Id
    public String code;

    /** A CaseState name, or PROGRESS. */
    public String state;

    @Column(name = "category_code")
    public String categoryCode;

    public String text;

    public boolean active;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
