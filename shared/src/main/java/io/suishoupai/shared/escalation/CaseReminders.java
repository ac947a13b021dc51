package io.suishoupai.shared.escalation;

import java.time.Instant;
import java.util.List;

import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.caseflow.CaseState;

/** The reminders recorded for a case (table {@code case_reminder}, written by the reminder run). */
public final class CaseReminders {

    private CaseReminders() {
    }

    /**
     * Records a reminder at {@code level} for every DISPATCHED case that has reached it as of {@code at} and has not
     * had it for this dispatch, with one INSERT … ON CONFLICT DO NOTHING: overlapping, concurrent or retried runs
     * record each (case, level, dispatch) once. At most {@code limit} cases, the earliest deadlines first (ties by id):
     * the rest wait for the next call. Returns the ids of the cases this call recorded.
     */
    public static Uni<List<Long>> recordDue(ReminderLevel level, Instant at, Instant now, double dueSoonFraction,
            int limit) {
        String sql = "INSERT INTO case_reminder (case_id, level, dispatched_at, at) "
                + "SELECT c.id, '" + level.name() + "', c.dispatched_at, ?2 FROM city_case c "
                + "WHERE c.state = '" + CaseState.DISPATCHED + "' AND c.deadline IS NOT NULL "
                + "AND c.dispatched_at IS NOT NULL AND " + level.sqlCondition()
                // not yet recorded at this level for this dispatch: the limit counts new reminders only
                + " AND NOT EXISTS (SELECT 1 FROM case_reminder r WHERE r.case_id = c.id AND r.level = '"
                + level.name() + "' AND r.dispatched_at = c.dispatched_at)"
                + " ORDER BY c.deadline, c.id LIMIT " + limit
                + " ON CONFLICT DO NOTHING RETURNING case_id";
        Object[] values = level == ReminderLevel.DUE_SOON ? new Object[] { at, now, dueSoonFraction }
                : new Object[] { at, now };
        return CurrentSql.here().rows(sql, values)
                .map(rows -> rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
    }
}
