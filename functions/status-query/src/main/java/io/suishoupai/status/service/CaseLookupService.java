package io.suishoupai.status.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.CaseNumber;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.shared.view.CaseViews;
import io.suishoupai.status.dto.CaseLookup;
import io.smallrye.mutiny.Uni;

/** Finds a case by its number and shows it to the caller's audience (public, its reporter, or staff). */
@ApplicationScoped
public class CaseLookupService {

    @Inject
    CaseViews views;

    public Uni<CaseView> lookup(Caller caller, CaseLookup query) {
        InputCheck check = InputCheck.of(query).caseNumber(query.getCaseNumber(), "caseNumber");
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem").orThrow();
        CoordSystem system = CoordSystem.orDefault(query.getCoordSystem());
        // one statement on the pool, no session; the command centre redacts photos, so it alone sees them as taken
        return views.byNumber(CaseNumber.of(query.getCaseNumber()).toString(), caller, system,
                caller.hasAny(Role.SCREENER, Role.LEADER, Role.ADMIN));
    }
}
