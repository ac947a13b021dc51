package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Create or update a department by code; {@code active:false} deactivates it. */
@RegisterForReflection
public record SaveDepartmentRequest(String code, String name, String nameEn, String kind, Boolean active) {
}
