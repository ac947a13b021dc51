package io.suishoupai.intake.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Exactly one of {"caseNumber"}, {"area":{"code"}} (a district, street, community or grid) or
 * {"near":{"lat","lon","coordSystem","radius"}} (metres, 50 to 5 000; WGS84 unless coordSystem says GCJ02).
 */
@RegisterForReflection
public record SubscribeRequest(String caseNumber, AreaRef area, NearRef near) {

    @RegisterForReflection
    public record AreaRef(String code) {
    }

    @RegisterForReflection
    public record NearRef(Double lat, Double lon, String coordSystem, Integer radius) {
    }
}
