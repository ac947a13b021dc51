package io.suishoupai.shared.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** RFC 9457 problem details, plus the stable {@code code} and per-field {@code errors}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetails(String type, String title, int status, String detail, String code,
        String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://suishoupai.io/problems/";

    public static ProblemDetails of(ProblemException e, String instance) {
        return new ProblemDetails(TYPE_BASE + e.code().toLowerCase().replace('_', '-'), e.title(), e.status(),
                e.getMessage(), e.code(), instance, e.errors());
    }
}
