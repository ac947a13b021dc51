package io.suishoupai.triage.dto;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Components to import, either as a GeoJSON FeatureCollection of Points ({@code type}, {@code features}; the save
 * fields in each feature's properties) or as {@code csv} text with a header row naming the save fields (id,
 * categoryCode, name, lat, lon, ownerDepartmentCode, maintainerDepartmentCode, state; other columns become
 * attributes). {@code coordSystem}: the positions' system (WGS84 unless given).
 */
@RegisterForReflection
public record ImportComponentsRequest(String type, String coordSystem, List<JsonNode> features, String csv) {
}
