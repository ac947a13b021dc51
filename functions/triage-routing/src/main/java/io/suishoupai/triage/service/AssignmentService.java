package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.runtime.SqlValues;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.AssignCaseRequest;
import io.suishoupai.triage.dto.DepartmentMemberView;
import io.smallrye.mutiny.Uni;

/**
 * Assignment inside a department (issue #18): its lead — a handler whose token says {@code "lead": true} — gives a
 * dispatched case to a named handler of the department, one the system has seen open the department's queue (the
 * roster is who works there, as the identity provider's tokens say). Each assignment and reassignment is a staff
 * entry on the timeline.
 */
@ApplicationScoped
public class AssignmentService {

    @Inject
    CurrentSql sql;

    @Inject
    Reactive reactive;

    @Inject
    CaseChanges changes;

    @Inject
    CaseJournal journal;

    @Inject
    AppClock clock;

    public Uni<CaseView> assign(Caller caller, AssignCaseRequest request) {
        InputCheck.of(request).idempotencyKey(request.idempotencyKey()).caseNumber(request.caseNumber(), "caseNumber")
                .text(request.assigneeId(), "assigneeId", 1, 200).orThrow();
        requireLead(caller);
        String assignee = request.assigneeId().strip();
        Instant now = clock.now();
        var actor = new CaseJournal.Actor(caller.id(), ActorRole.HANDLER);
        return changes.change(caller, "assign-case", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    DepartmentService.requireOwnDepartment(caller, c);
                    if (c.state != CaseState.DISPATCHED) {
                        throw Problems.unprocessable(ErrorCode.INVALID_TRANSITION, "Case " + c.caseNumber + " is "
                                + c.state + ": only a dispatched case is assigned.");
                    }
                    if (assignee.equals(c.assigneeId)) {
                        return Uni.createFrom().item(c);
                    }
                    return isMember(c.departmentCode, assignee).chain(member -> {
                        if (!member) {
                            throw Problems.unprocessable(ErrorCode.UNKNOWN_ASSIGNEE, assignee + " is not a handler of "
                                    + c.departmentCode + " (a handler joins the roster when they open the "
                                    + "department's work queue).");
                        }
                        String note = c.assigneeId == null ? "指派给 " + assignee
                                : "改派：" + c.assigneeId + " → " + assignee;
                        c.assigneeId = assignee;
                        c.assignedAt = now;
                        return journal.annotate(c, actor, note, false, null, now).replaceWith(c);
                    });
                });
    }

    /**
     * The caller's department's handlers, with the open cases assigned to each and how many of those are overdue:
     * whom the lead may pick, and who has how much on their plate (any handler of the department may look).
     */
    public Uni<List<DepartmentMemberView>> members(Caller caller) {
        if (caller.department() == null) {
            throw Problems.forbidden(ErrorCode.NOT_YOUR_DEPARTMENT, "Your token names no department (dept claim).");
        }
        Instant now = clock.now();
        return reactive.poolSession(() -> sql.rows("SELECT m.account_id, "
                + "m.seen_at, count(c.id), count(c.id) FILTER (WHERE c.deadline < ?2) FROM department_member m "
                + "LEFT JOIN city_case c ON c.assignee_id = m.account_id AND c.department_code = m.department_code "
                + "AND c.state = 'DISPATCHED' WHERE m.department_code = ?1 GROUP BY m.account_id, m.seen_at "
                + "ORDER BY m.account_id", caller.department(), now)
                .map(rows -> rows.stream().map(r -> new DepartmentMemberView((String) r[0], SqlValues.instant(r[1]),
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList()));
    }

    /**
     * Puts a handler who opens their department's queue on its roster (or refreshes when they were last seen); a
     * department that does not exist gets no roster. A write per queue view was a transaction on the busiest staff
     * read, so "seen" is written at most once per {@link #ROSTER_REFRESH} per handler and process, remembered only
     * once the write committed (a failed write is tried again on the next view). The memory is a few hundred
     * handlers; it is dropped whole should it ever pass {@link #ROSTER_REMEMBERED}.
     */
    public Uni<Void> noteSeen(Caller caller, Instant now) {
        String key = caller.department() + "\u0000" + caller.id();
        Instant last = rosterWritten.get(key);
        if (last != null && !now.isBefore(last) && now.isBefore(last.plus(ROSTER_REFRESH))) {
            return Uni.createFrom().voidItem();
        }
        return reactive.poolTransaction(() -> sql.update("INSERT INTO "
                + "department_member (department_code, account_id, seen_at) SELECT code, ?2, ?3 FROM department "
                + "WHERE code = ?1 ON CONFLICT (department_code, account_id) DO UPDATE SET seen_at = excluded.seen_at",
                caller.department(), caller.id(), now))
                .invoke(() -> {
                    if (rosterWritten.size() >= ROSTER_REMEMBERED) {
                        rosterWritten.clear();
                    }
                    rosterWritten.put(key, now);
                })
                .replaceWithVoid();
    }

    static final java.time.Duration ROSTER_REFRESH = java.time.Duration.ofMinutes(10);
    static final int ROSTER_REMEMBERED = 10_000;
    private final java.util.Map<String, Instant> rosterWritten = new java.util.concurrent.ConcurrentHashMap<>();

    private Uni<Boolean> isMember(String department, String accountId) {
        return sql.value("SELECT count(*) FROM department_member WHERE department_code = ?1 AND account_id = ?2",
                department, accountId).map(n -> ((Number) n).longValue() > 0);
    }

    static void requireLead(Caller caller) {
        if (!caller.leadsDepartment()) {
            throw Problems.forbidden(ErrorCode.FORBIDDEN, "Only a department's lead assigns its cases: a handler whose "
                    + "token names the department (dept) and says \"lead\": true.");
        }
    }
}
