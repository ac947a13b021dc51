package io.suishoupai.triage.dto;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Create or update an area by code; {@code geojson} is a GeoJSON Polygon or MultiPolygon object whose positions are
 * in {@code coordSystem} (WGS84 unless given; stored as WGS-84); {@code kind} CITY, DISTRICT, STREET, COMMUNITY,
 * GRID or ZONE; {@code parentCode} the coarser area it lies in (optional).
 */
@RegisterForReflection
public record SaveAreaRequest(String code, String name, String kind, JsonNode geojson, Boolean active,
        String parentCode, String coordSystem) {
}
