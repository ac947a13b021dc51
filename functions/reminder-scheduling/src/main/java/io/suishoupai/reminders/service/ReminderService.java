package io.suishoupai.reminders.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.reminders.dto.ReminderRun;
import io.suishoupai.shared.caseflow.CaseRows;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.escalation.CaseReminders;
import io.suishoupai.shared.escalation.ReminderLevel;
import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;
import io.suishoupai.shared.notify.Outbox;
import io.suishoupai.shared.ops.BusinessMetrics;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.stats.StatsRollups;
import io.suishoupai.shared.runtime.TransactionLock;
import io.smallrye.mutiny.Uni;

/**
 * A reminder run (督办). First parked and deferred cases whose date has come are resumed (PauseEnds); last the
 * command centre's stages due soon or overdue are told (StageReminders). For DISPATCHED cases, with limit = deadline − dispatch time (extensions included):
 * due soon at {@code due-soon-fraction} of the limit → the department; overdue at the deadline → the department and
 * the command centre; at twice the limit → leadership and the command centre. Each (case, level, dispatch) is
 * recorded once by INSERT … ON CONFLICT DO NOTHING, and only the rows this run inserted queue notifications, in the
 * same transaction: overlapping, concurrent or retried runs act exactly once; a run that dies mid-way rolls back.
 * Every step is a transaction on the pool, with no Hibernate session (issue #19).
 */
@ApplicationScoped
public class ReminderService {

    @Inject
    Reactive reactive;

    @Inject
    CaseRows cases;

    @Inject
    Outbox outbox;

    @Inject
    SuishoupaiConfig config;

    @Inject
    BusinessMetrics metrics;

    @Inject
    PauseEnds pauseEnds;

    @Inject
    StageReminders stages;

    @Inject
    ProgressNotes progressNotes;


    /**
     * @param at what is due is judged as of this instant (never after now: {@code RunInstant})
     * @param now the real clock: when the reminders are recorded and queued
     */
    public Uni<ReminderRun> run(Instant at, Instant now) {
        // the pauses that end first, in their own transaction: a resumed case is then judged like any dispatched one
        int batch = config.reminders().batch();
        return pauseEnds.resumeDue(at, now).chain(resumed -> remind(at, now).chain(run -> reactive.poolTransaction(
                () -> stages.run(at, now, config.reminders().dueSoonFraction(), batch)).chain(staged -> progressNotes
                        .post(at).chain(noted -> reactive.poolTransaction(StatsRollups::fold)
                                .map(folded -> new ReminderRun(run.dueSoon(), run.overdue(), run.escalated(),
                                        run.notificationsQueued() + staged.queued(), resumed, staged.dueSoon(),
                                        staged.overdue(), noted, folded, run.remindersSkipped(),
                                        run.moreWaiting() || filled(batch, staged.dueSoon(), staged.overdue())))))));
    }

    /**
     * One transaction, under a lock only one run holds: a run its caller gave up on (the scheduler waits two minutes)
     * may still be at work in the database, and a second run behind it would only queue on the same rows. Each level
     * records at most {@code suishoupai.reminders.batch} cases.
     */
    private Uni<ReminderRun> remind(Instant at, Instant now) {
        double fraction = config.reminders().dueSoonFraction();
        int batch = config.reminders().batch();
        return reactive.poolTransaction(() -> TransactionLock.tryHold("reminders", "run").chain(held -> !held
                ? Uni.createFrom().item(new ReminderRun(0, 0, 0, 0, 0, 0, 0, 0, 0, true, false))
                : record(ReminderLevel.DUE_SOON, at, now, fraction, batch)
                .chain(dueSoon -> record(ReminderLevel.OVERDUE, at, now, fraction, batch)
                        .chain(overdue -> record(ReminderLevel.LEADERSHIP, at, now, fraction, batch)
                                .invoke(leadership -> {
                                    metrics.reminders(ReminderLevel.DUE_SOON.name(), dueSoon.size());
                                    metrics.reminders(ReminderLevel.OVERDUE.name(), overdue.size());
                                    metrics.reminders(ReminderLevel.LEADERSHIP.name(), leadership.size());
                                })
                                .chain(leadership -> notifyAll(dueSoon, overdue, leadership, now)
                                        .map(queued -> new ReminderRun(dueSoon.size(), overdue.size(), leadership.size(),
                                                queued, 0, 0, 0, 0, 0, false, filled(batch, dueSoon.size(),
                                                        overdue.size(), leadership.size()))))))));
    }

    /** A level that recorded a whole batch may have left more waiting for the next run. */
    private static boolean filled(int batch, int... recordedPerLevel) {
        return java.util.Arrays.stream(recordedPerLevel).anyMatch(recorded -> recorded >= batch);
    }

    /** The cases this run recorded at a level. */
    private Uni<List<CityCase>> record(ReminderLevel level, Instant at, Instant now, double fraction, int batch) {
        return CaseReminders.recordDue(level, at, now, fraction, batch).chain(ids -> ids.isEmpty()
                ? Uni.createFrom().item(List.<CityCase>of())
                : cases.where("c.id = ANY(?1) ORDER BY c.id", (Object) ids.toArray(Long[]::new)));
    }

    private Uni<Integer> notifyAll(List<CityCase> dueSoon, List<CityCase> overdue, List<CityCase> leadership, Instant at) {
        List<Outbox.Message> messages = new ArrayList<>();
        Map<ReminderLevel, List<CityCase>> reached = Map.of(ReminderLevel.DUE_SOON, dueSoon, ReminderLevel.OVERDUE,
                overdue, ReminderLevel.LEADERSHIP, leadership);
        for (ReminderLevel level : ReminderLevel.values()) {
            for (CityCase c : reached.get(level)) {
                for (OwnerKind owner : level.told()) {
                    messages.add(message(owner, owner == OwnerKind.DEPARTMENT ? c.departmentCode : "", level, c, at));
                }
            }
        }
        return outbox.enqueueAll(messages, at);
    }

    private static Outbox.Message message(OwnerKind owner, String code, ReminderLevel level, CityCase c, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("level", level.name());
        payload.put("caseNumber", c.caseNumber);
        payload.put("categoryCode", c.categoryCode);
        payload.put("departmentCode", c.departmentCode);
        payload.put("address", c.address);
        payload.put("dispatchedAt", c.dispatchedAt.toString());
        payload.put("deadline", c.deadline.toString());
        payload.put("at", at.toString());
        return new Outbox.Message(owner, code, "case.reminder", payload);
    }
}
