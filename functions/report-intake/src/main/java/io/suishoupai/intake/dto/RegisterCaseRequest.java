package io.suishoupai.intake.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"idempotencyKey","source","categoryCode","description","location":{"lat","lon","address","coordSystem"},
 * "media":["uploads/…"],"contact":{"name","phone"}} — a case a screener registers: {@code source} is one of HOTLINE,
 * LEADERSHIP, DEPARTMENT, MEDIA, VIDEO; photos are optional; the contact (optional) is shown to staff only.
 */
@RegisterForReflection
public record RegisterCaseRequest(String idempotencyKey, String source, String categoryCode, String description,
        SubmitReportRequest.Location location, List<String> media, Contact contact) {

    @RegisterForReflection
    public record Contact(String name, String phone) {
    }

    /** The report part, checked and turned into a case as any report is. */
    public SubmitReportRequest asReport() {
        return new SubmitReportRequest(idempotencyKey, categoryCode, description, location, media, null, null);
    }
}
