package io.suishoupai.status.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Public;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.status.dto.CaseLookup;
import io.suishoupai.status.service.CaseLookupService;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** GET /get-case?caseNumber=… (public): the public view; the reporter and staff see more. */
public class GetCaseFunction {

    @Inject
    CallerResolver callers;

    @Inject
    CaseLookupService service;

    @Public
    @Operation(summary = "One case: the public view, the reporter's own view, or the staff view, by who asks")
    @ReadOnly
    @Funq("get-case")
    public Uni<CaseView> getCase(CaseLookup query) {
        var caller = callers.current();
        return service.lookup(caller, query);
    }
}
