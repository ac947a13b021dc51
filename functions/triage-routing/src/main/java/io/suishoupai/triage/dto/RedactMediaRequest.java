package io.suishoupai.triage.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"caseNumber","objectKey","regions":[{"x","y","w","h"}]}: black out regions (pixels of the photo as stored) of one
 * of the case's photos; the public and the department then see the redacted copy.
 */
@RegisterForReflection
public record RedactMediaRequest(String idempotencyKey, String caseNumber, String objectKey, List<Region> regions,
        Integer expectedVersion) {

    @RegisterForReflection
    public record Region(Integer x, Integer y, Integer w, Integer h) {
    }
}
