package io.suishoupai.intake.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.intake.dto.RegisterCaseRequest;
import io.suishoupai.intake.dto.SubmitReportRequest;
import io.suishoupai.intake.dto.SubmitReportResponse;
import io.suishoupai.intake.service.IntakeService;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * POST /submit-report: a citizen, staff member or inspector (a patrol report) reports a problem with photos already
 * uploaded; POST /register-case: a screener registers a case from the hotline, leadership, another department, the
 * media or the cameras.
 */
public class SubmitReportFunction {

    @Inject
    CallerResolver callers;

    @Inject
    IntakeService intake;

    @Allowed({Role.CITIZEN, Role.STAFF, Role.INSPECTOR})
    @Operation(summary = "Report a problem: a SUBMITTED case, plus possible duplicates nearby")
    @Funq("submit-report")
    public Uni<SubmitReportResponse> submitReport(SubmitReportRequest request) {
        var caller = callers.current();
        return intake.submit(caller, request);
    }

    @Allowed({Role.SCREENER})
    @Operation(summary = "Register a case from the hotline, leadership, another department, the media or the cameras")
    @Funq("register-case")
    public Uni<SubmitReportResponse> registerCase(RegisterCaseRequest request) {
        var caller = callers.current();
        return intake.register(caller, request);
    }
}
