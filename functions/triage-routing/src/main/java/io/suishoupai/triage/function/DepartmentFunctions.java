package io.suishoupai.triage.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.ReportDisposalRequest;
import io.suishoupai.triage.dto.RequestExtensionRequest;
import io.suishoupai.triage.dto.RequestSuspensionRequest;
import io.suishoupai.triage.dto.ReturnCaseRequest;
import io.suishoupai.triage.service.DepartmentService;
import io.suishoupai.triage.service.PauseService;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A department's functions (role handler, on cases of the department in its dept claim). */
public class DepartmentFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    DepartmentService department;

    @Inject
    PauseService pauses;

    /** POST /return-case: not ours, with the reason. */
    @Allowed({Role.HANDLER})
    @Operation(summary = "The handler returns a case that is not its department's (DISPATCHED to RETURNED)")
    @Funq("return-case")
    public Uni<CaseView> returnCase(ReturnCaseRequest request) {
        return department.returnCase(callers.current(), request);
    }

    /** POST /request-extension: ask the command centre for more hours. */
    @Allowed({Role.HANDLER})
    @Operation(summary = "The handler asks for more time")
    @Funq("request-extension")
    public Uni<CaseView> requestExtension(RequestExtensionRequest request) {
        return department.requestExtension(callers.current(), request);
    }

    /**
     * POST /request-suspension: ask a leader to park the case (挂账) until a date — work that waits on engineering
     * or a season. The case stays DISPATCHED until a leader decides (decide-suspension).
     */
    @Allowed({Role.HANDLER})
    @Operation(summary = "The handler asks a leader to park the case (挂账) until a date")
    @Funq("request-suspension")
    public Uni<CaseView> requestSuspension(RequestSuspensionRequest request) {
        return pauses.requestSuspension(callers.current(), request);
    }

    /** POST /report-disposal: the fix, with after-photos uploaded through sign-uploads. */
    @Allowed({Role.HANDLER})
    @Operation(summary = "The handler reports the case disposed, with after-photos (DISPATCHED to DISPOSED)")
    @Funq("report-disposal")
    public Uni<CaseView> reportDisposal(ReportDisposalRequest request) {
        return department.reportDisposal(callers.current(), request);
    }
}
