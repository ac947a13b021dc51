package io.suishoupai.intake.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.intake.dto.SubmitReportRequest;
import io.suishoupai.intake.dto.SubmitReportResponse;
import io.suishoupai.intake.service.IntakeService;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** POST /submit-report: a citizen (or staff member) reports a problem with photos already uploaded. */
public class SubmitReportFunction {

    @Inject
    CallerResolver callers;

    @Inject
    IntakeService intake;

    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "Report a problem: a SUBMITTED case, plus possible duplicates nearby")
    @Funq("submit-report")
    public Uni<SubmitReportResponse> submitReport(SubmitReportRequest request) {
        var caller = callers.current();
        return intake.submit(caller, request);
    }
}
