package io.suishoupai.reminders.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;
import io.suishoupai.shared.notify.Outbox;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.SqlValues;
import io.smallrye.mutiny.Uni;

/**
 * The reminder run's stage step: the command centre hears of every open stage run (screening, on-site check,
 * dispatch, verification) that is due soon (the due-soon fraction of its limit gone) or overdue, each once per run
 * and level — recorded by INSERT … ON CONFLICT DO NOTHING, and only what this run inserted is queued, in its
 * transaction, so concurrent or retried runs act once. Like the case reminders, each level records at most a batch
 * a run, the longest overdue first: a backlog (an import of old reports, an outage of the command centre) is worked
 * off over the next runs instead of in one transaction of unbounded size.
 */
@ApplicationScoped
public class StageReminders {

    /** What one run recorded. */
    public record Counts(int dueSoon, int overdue, int queued) {
    }

    private record Reached(String level, String stage, String caseNumber, Instant dueAt) {
    }

    @Inject
    Outbox outbox;

    /** Must run inside a transaction; records at most {@code batch} stage runs a level. */
    public Uni<Counts> run(Instant at, Instant now, double dueSoonFraction, int batch) {
        return record("DUE_SOON", "s.started_at + (s.due_at - s.started_at) * ?3 <= ?1 AND s.due_at > ?1", at, now,
                dueSoonFraction, batch)
                .chain(dueSoon -> record("OVERDUE", "s.due_at <= ?1", at, now, dueSoonFraction, batch)
                        .chain(overdue -> {
                            List<Reached> all = new ArrayList<>(dueSoon);
                            all.addAll(overdue);
                            return notify(all, now).map(queued -> new Counts(dueSoon.size(), overdue.size(), queued));
                        }));
    }

    private static Uni<List<Reached>> record(String level, String condition, Instant at, Instant now, double fraction,
            int batch) {
        String sql = "WITH inserted AS (INSERT INTO stage_reminder (stage_id, level, at) SELECT s.id, '" + level
                + "', ?2 FROM case_stage s WHERE s.ended_at IS NULL AND " + condition
                // not yet recorded at this level: the batch counts new reminders only
                + " AND NOT EXISTS (SELECT 1 FROM stage_reminder r WHERE r.stage_id = s.id AND r.level = '" + level
                + "') ORDER BY s.due_at, s.id LIMIT " + batch
                + " ON CONFLICT DO NOTHING RETURNING stage_id) "
                + "SELECT i.stage_id, s.stage, c.case_number, s.due_at FROM inserted i "
                + "JOIN case_stage s ON s.id = i.stage_id JOIN city_case c ON c.id = s.case_id ORDER BY i.stage_id";
        Object[] values = sql.contains("?3") ? new Object[] { at, now, fraction } : new Object[] { at, now };
        return CurrentSql.here().rows(sql, values).map(rows -> rows.stream().map(r -> new Reached(level,
                (String) r[1], (String) r[2], SqlValues.instant(r[3]))).toList());
    }

    /** One message a stage reached, queued together (one look-up of the channels, not one a message). */
    private Uni<Integer> notify(List<Reached> reached, Instant now) {
        List<Outbox.Message> messages = new ArrayList<>();
        for (Reached r : reached) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("level", r.level());
            payload.put("stage", r.stage());
            payload.put("caseNumber", r.caseNumber());
            payload.put("dueAt", r.dueAt().toString());
            payload.put("at", now.toString());
            messages.add(new Outbox.Message(OwnerKind.COMMAND_CENTRE, "", "case.stage-reminder", payload));
        }
        return outbox.enqueueAll(messages, now);
    }
}
