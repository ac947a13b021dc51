package io.suishoupai.triage.dto;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Create or update an area by code; {@code geojson} is a GeoJSON Polygon or MultiPolygon object. */
@RegisterForReflection
public record SaveAreaRequest(String code, String name, String kind, JsonNode geojson, Boolean active) {
}
