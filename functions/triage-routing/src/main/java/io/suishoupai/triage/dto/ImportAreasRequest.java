package io.suishoupai.triage.dto;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A GeoJSON FeatureCollection of areas: each feature a Polygon or MultiPolygon with {@code code}, {@code name},
 * {@code kind} and optionally {@code parentCode} and {@code active} in its properties. {@code coordSystem}, a foreign
 * member of the collection, names the positions' system (WGS84 unless given).
 */
@RegisterForReflection
public record ImportAreasRequest(String type, String coordSystem, List<JsonNode> features) {
}
