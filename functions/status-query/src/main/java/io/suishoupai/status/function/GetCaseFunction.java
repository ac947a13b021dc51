package io.suishoupai.status.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Public;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.status.dto.CaseLookup;
import io.suishoupai.status.service.CaseLookupService;
import io.smallrye.mutiny.Uni;

/** GET /get-case?caseNumber=… (public): the public view; the reporter and staff see more. */
public class GetCaseFunction {

    @Inject
    CallerResolver callers;

    @Inject
    CaseLookupService service;

    @Public
    @Funq("get-case")
    public Uni<CaseView> getCase(CaseLookup query) {
        var caller = callers.current();
        return service.lookup(caller, query);
    }
}
