package io.suishoupai.intake.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.intake.dto.AddCaseInfoRequest;
import io.suishoupai.intake.dto.SupportCaseRequest;
import io.suishoupai.intake.service.CitizenFollowUpService;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.view.CaseView;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What citizens add to a case after reporting: the reporter's follow-ups, anyone's "still there" (issue #18). */
public class CitizenFollowUpFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    CitizenFollowUpService followUps;

    /** POST /add-case-info: the reporter adds a note and photos to their open case; its department hears of it. */
    @Allowed({Role.CITIZEN, Role.STAFF, Role.INSPECTOR})
    @Operation(summary = "The reporter adds what is new (a note, photos) to their open case")
    @Funq("add-case-info")
    public Uni<CaseView> addCaseInfo(AddCaseInfoRequest request) {
        return followUps.addInfo(callers.current(), request);
    }

    /** POST /support-case: "still there" (我也遇到), once per citizen, on an open case. */
    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "Say a reported problem is still there (我也遇到): once per citizen, on an open case")
    @Funq("support-case")
    public Uni<CaseView> supportCase(SupportCaseRequest request) {
        return followUps.support(callers.current(), request);
    }
}
