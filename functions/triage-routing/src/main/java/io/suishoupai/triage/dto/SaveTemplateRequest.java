package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"code","state","categoryCode","text","active"}: a response template (回复模板) for a state (or PROGRESS, the
 * automatic progress note), for one category or all; {caseNumber}, {department} and {deadline} are filled in.
 */
@RegisterForReflection
public record SaveTemplateRequest(String code, String state, String categoryCode, String text, Boolean active) {
}
