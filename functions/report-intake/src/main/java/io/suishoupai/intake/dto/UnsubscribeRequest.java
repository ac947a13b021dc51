package io.suishoupai.intake.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Exactly one of {"id"} (from my-subscriptions), {"caseNumber"} or {"area":{"code"}}. */
@RegisterForReflection
public record UnsubscribeRequest(Long id, String caseNumber, SubscribeRequest.AreaRef area) {
}
