package io.suishoupai.intake.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"idempotencyKey","categoryCode","description","location":{"lat","lon","address","coordSystem"},"media":["uploads/…"]}
 * — {@code coordSystem}: WGS84 (the default), GCJ02 (WeChat, Tencent, AMap), BD09 (Baidu) or CGCS2000;
 * {@code componentId} (optional): the registered component (部件) the report is about, from nearby-components;
 * {@code "private": true}: the case is never public.
 */
@RegisterForReflection
public record SubmitReportRequest(String idempotencyKey, String categoryCode, String description, Location location,
        List<String> media, String componentId,
        /* true: never public — only the reporter and the city see it (a report about one's own neighbour, say) */
        @com.fasterxml.jackson.annotation.JsonProperty("private") Boolean isPrivate) {

    @RegisterForReflection
    public record Location(Double lat, Double lon, String address, String coordSystem) {
    }
}
