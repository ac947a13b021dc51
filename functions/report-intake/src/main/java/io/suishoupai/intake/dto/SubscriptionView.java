package io.suishoupai.intake.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.view.CaseView.CodeName;
import io.suishoupai.shared.view.CaseView.Location;

/** One subscription: {"id","kind":"CASE"|"AREA"|"NEAR", and its "caseNumber", "area" or "near", "createdAt"}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(long id, String kind, String caseNumber, CodeName area, Near near, Instant createdAt) {

    @RegisterForReflection
    public record Near(Location centre, int radius) {
    }
}
