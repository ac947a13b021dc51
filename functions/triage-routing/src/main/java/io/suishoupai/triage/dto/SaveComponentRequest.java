package io.suishoupai.triage.dto;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Create or update a component (部件) by id: {@code id} in the CJ/T 214 structure, {@code categoryCode} a component
 * category, the position in {@code coordSystem} (WGS84 unless given), owner (optional) and maintainer departments,
 * {@code state} IN_USE (default), DAMAGED or REMOVED, and free {@code attributes} (a JSON object).
 */
@RegisterForReflection
public record SaveComponentRequest(String id, String categoryCode, String name, Double lat, Double lon,
        String coordSystem, String ownerDepartmentCode, String maintainerDepartmentCode, String state,
        JsonNode attributes) {
}
