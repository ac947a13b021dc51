package io.suishoupai.shared.caseflow;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.calendar.Calendars;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.routing.RouteChoice;
import io.smallrye.mutiny.Uni;

/**
 * Dispatch (派遣): assigns the department and computes the deadline from the category's time limit for the case's
 * urgency (the urgent one for 急要件) on the
 * working calendar. Used by the screener's dispatch, re-dispatch after a return, and auto-dispatch at intake.
 * A dispatch starts the clock afresh; rework and extensions do not (see verify and decide-extension).
 */
@ApplicationScoped
public class CaseDispatcher {

    @Inject
    CaseJournal journal;

    @Inject
    Calendars calendars;

    /** Must run inside a transaction. */
    public Uni<CityCase> dispatch(CityCase c, RouteChoice route, CaseJournal.Actor actor, String note, Instant now) {
        return Category.<Category>findById(c.categoryCode)
                .chain(category -> calendars.from(now).map(calendar -> calendar.deadline(now,
                        category.timeLimitHours(c.urgency), category.workingHours)))
                .chain(deadline -> {
                    c.departmentCode = route.department().code;
                    c.routeRuleId = route.rule() == null ? null : route.rule().id;
                    c.dispatchedAt = now;
                    c.deadline = deadline;
                    c.extensionHours = 0;
                    String text = note != null ? note
                            : "派遣至 " + route.department().name + (route.rule() == null ? "" : "（规则 #" + route.rule().id + "）");
                    return ExtensionRequest.withdrawPending(c.id, "withdrawn: case dispatched anew", now)
                            .chain(() -> journal.move(c, CaseState.DISPATCHED, actor, text, true, null, now));
                });
    }
}
