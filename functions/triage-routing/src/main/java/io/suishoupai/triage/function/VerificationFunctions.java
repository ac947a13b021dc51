package io.suishoupai.triage.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.ReportCheckRequest;
import io.suishoupai.triage.dto.VerifyCaseRequest;
import io.suishoupai.triage.service.VerificationService;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The inspector's functions: the on-site check of a report (核实) and of a fix (核查). */
public class VerificationFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    VerificationService verification;

    /** POST /verify-case: passed → CLOSED; not passed → back to the department for rework. */
    @Allowed({Role.INSPECTOR})
    @Operation(summary = "The inspector checks a disposal on site: close the case or send it back for rework")
    @Funq("verify-case")
    public Uni<CaseView> verifyCase(VerifyCaseRequest request) {
        return verification.verify(callers.current(), request);
    }

    /** POST /report-check: found → back to SUBMITTED for screening; not found → NOT_FILED with the note as reason. */
    @Allowed({Role.INSPECTOR})
    @Operation(summary = "The inspector reports an on-site check (核实): the problem was found, or not (not filed)")
    @Funq("report-check")
    public Uni<CaseView> reportCheck(ReportCheckRequest request) {
        return verification.reportCheck(callers.current(), request);
    }
}
