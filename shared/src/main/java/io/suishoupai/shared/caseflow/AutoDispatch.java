package io.suishoupai.shared.caseflow;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.routing.RouteFinder;
import io.smallrye.mutiny.Uni;

/**
 * Auto-dispatch, switched on per category: a new report is filed and dispatched at intake by the routing rules,
 * with the rule recorded. Without a route it stays SUBMITTED for the screener.
 */
@ApplicationScoped
public class AutoDispatch {

    public static final CaseJournal.Actor SYSTEM = new CaseJournal.Actor("system", ActorRole.SYSTEM);

    @Inject
    RouteFinder routes;

    @Inject
    CaseJournal journal;

    @Inject
    CaseDispatcher dispatcher;

    @Inject
    OnSiteCheck onSiteCheck;

    /** Must run inside the intake transaction. */
    public Uni<CityCase> ifSwitchedOn(CityCase c, Category category, Instant now) {
        // a case that must be checked on site first waits for the screener to send an inspector
        if (!category.autoDispatch || onSiteCheck.requiredBeforeFiling(c)) {
            return Uni.createFrom().item(c);
        }
        return c.routeSubject().chain(subject -> routes.find(category, subject)).chain(route -> route.isEmpty()
                ? Uni.createFrom().item(c)
                // the move writes the new case (at its version, 0) with what it changes
                : journal.move(c, CaseState.FILED, SYSTEM, "自动立案 (auto-filed)", true, null, now)
                        .chain(filed -> dispatcher.dispatch(filed, route.get(), SYSTEM, null, now)));
    }
}
