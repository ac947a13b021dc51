package io.suishoupai.reminders.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseDispatcher;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseRows;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.PauseRules;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.runtime.TransactionLock;
import io.smallrye.mutiny.Uni;

/**
 * The reminder run's first step: parked (挂账) and deferred (缓办) cases whose date has come go back to their
 * departments, the time limit counted from that date. At most {@link #BATCH} a run, the longest waiting first (the
 * next run takes the rest); runs queue on one lock, so two never resume the same case.
 */
@ApplicationScoped
public class PauseEnds {

    static final int BATCH = 200;

    static final CaseJournal.Actor REMINDER_RUN = new CaseJournal.Actor("reminder-run", ActorRole.SYSTEM);

    @Inject
    Reactive reactive;

    @Inject
    CaseRows cases;

    @Inject
    CaseDispatcher dispatcher;

    /** How many cases this run resumed, judged as of {@code at}. */
    public Uni<Integer> resumeDue(Instant at, Instant now) {
        return reactive.poolTransaction(() -> TransactionLock.hold("reminder-run", "pause-ends")
                .chain(() -> cases.where("c.state = ANY(?1) AND c.resume_at <= ?2 ORDER BY c.resume_at, c.id "
                        + "LIMIT " + BATCH, (Object) CaseState.PAUSED.stream().map(Enum::name).toArray(String[]::new),
                        at))
                .chain(due -> resumeEach(due, 0, at, now)));
    }

    private Uni<Integer> resumeEach(List<CityCase> due, int index, Instant at, Instant now) {
        if (index == due.size()) {
            return Uni.createFrom().item(0);
        }
        CityCase c = due.get(index);
        if (!PauseRules.dueToResume(c, at)) {
            return resumeEach(due, index + 1, at, now);
        }
        String note = (c.state == CaseState.SUSPENDED ? "挂账" : "缓办") + "期满，恢复处置";
        return dispatcher.resume(c, REMINDER_RUN, note, c.resumeAt, now)
                .chain(() -> resumeEach(due, index + 1, at, now)).map(rest -> rest + 1);
    }
}
