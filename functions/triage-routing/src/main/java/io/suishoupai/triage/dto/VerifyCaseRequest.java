package io.suishoupai.triage.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"caseNumber","passed":true|false,"note","media"}: close, or send back for rework (note required). */
@RegisterForReflection
public record VerifyCaseRequest(String idempotencyKey, String caseNumber, Boolean passed, String note,
        List<String> media, Integer expectedVersion, String templateCode) implements CaseCommand {
}
