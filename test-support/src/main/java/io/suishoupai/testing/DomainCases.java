package io.suishoupai.testing;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseNumber;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CaseRows;
import io.suishoupai.shared.runtime.Reactive;

/**
 * Cases brought to a state through the domain, as the command centre would bring them: each move checked by the
 * lifecycle and journalled with its event, the citizen's notice and the points it earns — never a state the app
 * could not produce. Inject it into a {@code @QuarkusTest}. Each runs in a transaction on the pool, as the functions
 * move cases.
 */
@ApplicationScoped
public class DomainCases {

    private static final CaseJournal.Actor SCREENER = new CaseJournal.Actor("screener-test", ActorRole.SCREENER);
    private static final CaseJournal.Actor LEADER = new CaseJournal.Actor("leader-test", ActorRole.LEADER);

    @Inject
    CaseJournal journal;

    @Inject
    Reactive reactive;

    @Inject
    CaseRows cases;

    /** A case submitted, filed and dispatched to a department at t0, due at t0 + hours (for reminder tests). */
    public String dispatched(String department, Instant t0, int hours) {
        String number = TestCases.submitted("01-01-08");
        reactive.poolTransactionAndWait(() -> cases.getByNumber(CaseNumber.of(number))
                .chain(c -> journal.move(c, CaseState.FILED, SCREENER, "符合立案条件", true, null, t0))
                .chain(c -> {
                    c.departmentCode = department;
                    c.dispatchedAt = t0;
                    c.deadline = t0.plus(Duration.ofHours(hours));
                    return journal.move(c, CaseState.DISPATCHED, SCREENER, "派遣 " + department, true, null, t0);
                }));
        return number;
    }

    /** Files a submitted case at t0, through the journal, with this public note. */
    public void file(String number, String note, Instant t0) {
        reactive.poolTransactionAndWait(() -> cases.getByNumber(CaseNumber.of(number))
                .chain(c -> journal.move(c, CaseState.FILED, SCREENER, note, true, null, t0)));
    }

    /** A case submitted and filed at t0 (through the journal: its dispatch stage runs from t0). */
    public String filed(Instant t0) {
        String number = TestCases.submitted("01-01-08");
        reactive.poolTransactionAndWait(() -> cases.getByNumber(CaseNumber.of(number))
                .chain(c -> journal.move(c, CaseState.FILED, SCREENER, "符合立案条件", true, null, t0)));
        return number;
    }

    /** A case dispatched at t0 and parked (SUSPENDED or DEFERRED) by a leader at t0 until {@code resumeAt}. */
    public String paused(CaseState pause, String department, Instant t0, Instant resumeAt) {
        String number = dispatched(department, t0, 24);
        reactive.poolTransactionAndWait(() -> cases.getByNumber(CaseNumber.of(number)).chain(c -> {
            c.pausedAt = t0;
            c.resumeAt = resumeAt;
            return journal.move(c, pause, LEADER, "等待管网改造", true, null, t0);
        }));
        return number;
    }
}
