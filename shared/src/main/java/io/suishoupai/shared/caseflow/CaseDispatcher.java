package io.suishoupai.shared.caseflow;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.RowJson;
import io.suishoupai.shared.calendar.Calendars;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.routing.RouteChoice;
import io.smallrye.mutiny.Uni;

/**
 * Dispatch (派遣): assigns the department and computes the deadline from the category's time limit for the case's
 * urgency (the urgent one for 急要件) on the
 * working calendar. Used by the screener's dispatch, re-dispatch after a return, and auto-dispatch at intake.
 * A dispatch starts the clock afresh, and so does the end of a pause (挂账, 缓办); rework and extensions do not
 * (see verify and decide-extension).
 */
@ApplicationScoped
public class CaseDispatcher {

    @Inject
    CaseJournal journal;

    @Inject
    Calendars calendars;

    @Inject
    CurrentSql sql;

    @Inject
    RowJson rows;

    /** Must run inside a transaction. */
    public Uni<CityCase> dispatch(CityCase c, RouteChoice route, CaseJournal.Actor actor, String note, Instant now) {
        return deadlineFrom(c, now).chain(deadline -> {
            c.departmentCode = route.department().code;
            c.routeRuleId = route.rule() == null ? null : route.rule().id;
            startClock(c, deadline, now);
            String standard = "派遣至 " + route.department().name
                    + (route.rule() == null ? "" : "（规则 #" + route.rule().id + "）");
            return ExtensionRequest.withdrawPending(c.id, "withdrawn: case dispatched anew", now)
                    .chain(() -> journal.move(c, CaseState.DISPATCHED, actor, note, standard, true, null, now));
        });
    }

    /**
     * Must run inside a transaction. 挂账 or 缓办 until {@code until}: the department's clock stops, a waiting
     * extension request is withdrawn, and the timeline says until when and why (public).
     */
    public Uni<CityCase> pause(CityCase c, CaseState pause, Instant until, CaseJournal.Actor actor, String reason,
            ZoneId zone, Instant now) {
        return ExtensionRequest.withdrawPending(c.id, "withdrawn: case " + pause.name().toLowerCase(), now)
                .chain(() -> {
                    // the journal keeps these on a move into a pause and clears them on every other move
                    c.pausedAt = now;
                    c.resumeAt = until;
                    return journal.move(c, pause, actor, PauseRules.timelineNote(pause, until, zone, reason), true,
                            null, now);
                });
    }

    /**
     * Must run inside a transaction. Ends a pause: back to the same department with the disposal limit counted
     * afresh from {@code clockFrom} (now, or the pause's own end date when the reminder run ends it) — for the
     * reminders a new dispatch.
     */
    public Uni<CityCase> resume(CityCase c, CaseJournal.Actor actor, String note, Instant clockFrom, Instant now) {
        return deadlineFrom(c, clockFrom).chain(deadline -> {
            startClock(c, deadline, clockFrom);
            return journal.move(c, CaseState.DISPATCHED, actor, note, true, null, now);
        });
    }

    /** The category as a row, not an entity: the reminder run resumes cases in a pool transaction. */
    private Uni<Instant> deadlineFrom(CityCase c, Instant now) {
        return sql.first("SELECT row_to_json(k)::text FROM category k WHERE k.code = ?1",
                c.categoryCode)
                .map(row -> rows.read((String) row[0], Category.class))
                .chain(category -> calendars.from(now).map(calendar -> calendar.deadline(now,
                        category.timeLimitHours(c.urgency), category.workingHours)));
    }

    private static void startClock(CityCase c, Instant deadline, Instant now) {
        c.dispatchedAt = now;
        c.deadline = deadline;
        c.extensionHours = 0;
    }
}
