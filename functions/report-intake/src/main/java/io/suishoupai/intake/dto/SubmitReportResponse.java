package io.suishoupai.intake.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.caseflow.DuplicateFinder.PossibleDuplicate;

/** {"caseNumber","state","possibleDuplicates":[{"caseNumber","distanceMeters"}]}; Open311 reports add a token. */
@RegisterForReflection
public record SubmitReportResponse(String caseNumber, String state, List<PossibleDuplicate> possibleDuplicates,
        @JsonInclude(JsonInclude.Include.NON_NULL) String token) {
}
