package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"limit"}: how many never-placed cases to place in this call (1000 unless given, at most 5000). */
@RegisterForReflection
public record PlaceCasesRequest(Integer limit) {
}
