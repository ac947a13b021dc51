package io.suishoupai.intake.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.caseflow.DuplicateFinder.PossibleDuplicate;

/** {"caseNumber","state","possibleDuplicates":[{"caseNumber","distanceMeters"}]} */
@RegisterForReflection
public record SubmitReportResponse(String caseNumber, String state, List<PossibleDuplicate> possibleDuplicates) {
}
