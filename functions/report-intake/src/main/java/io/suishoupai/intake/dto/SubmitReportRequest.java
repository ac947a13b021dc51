package io.suishoupai.intake.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"idempotencyKey","categoryCode","description","location":{"lat","lon","address"},"media":["uploads/…"]}
 */
@RegisterForReflection
public record SubmitReportRequest(String idempotencyKey, String categoryCode, String description, Location location,
        List<String> media) {

    @RegisterForReflection
    public record Location(Double lat, Double lon, String address) {
    }
}
