package io.suishoupai.triage.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"caseNumber","note","public":true|false,"templateCode"}: a progress note on the timeline (public: the citizen
 * reads it, and the case's followers hear of it); a response template's wording may stand for the note.
 */
@RegisterForReflection
public record AddCaseNoteRequest(String idempotencyKey, String caseNumber, String note,
        @JsonProperty("public") Boolean isPublic, String templateCode, Integer expectedVersion) implements CaseCommand {
}
