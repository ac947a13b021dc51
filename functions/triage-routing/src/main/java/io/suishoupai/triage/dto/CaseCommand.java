package io.suishoupai.triage.dto;

/** What every case-changing request carries: the key for retries, the case, and optionally the version seen. */
public interface CaseCommand {

    String idempotencyKey();

    String caseNumber();

    /** When given, the change is refused with 409 unless the case is still at this version. */
    Integer expectedVersion();

    /**
     * A response template (save-template) whose wording, filled for the case, is the move's public note: instead of
     * free text, or after it.
     */
    String templateCode();
}
