package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** How many cases this call placed (inside a unit or, found outside every one, marked as placed nowhere), and how many wait. */
@RegisterForReflection
public record PlaceCasesResult(int placed, int placedInAUnit, long remaining) {
}
