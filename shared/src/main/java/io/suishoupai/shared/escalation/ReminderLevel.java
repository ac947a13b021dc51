package io.suishoupai.shared.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;

/**
 * 督办: how far a dispatched case has run through its time limit, and who is told. DUE_SOON from the due-soon
 * fraction of the limit (default ¾) until the deadline — the department; OVERDUE from the deadline — the
 * department and the command centre; LEADERSHIP from twice the limit — the leadership and the command centre.
 * Each level is decided here twice, in Java ({@link #reachedBy}) and as the SQL the reminder run inserts with
 * ({@link #sqlCondition}); ReminderLevelTest holds the two to the same instants.
 */
public enum ReminderLevel {
    DUE_SOON(List.of(OwnerKind.DEPARTMENT),
            "?1 >= c.dispatched_at + (c.deadline - c.dispatched_at) * ?3 AND ?1 < c.deadline"),
    OVERDUE(List.of(OwnerKind.DEPARTMENT, OwnerKind.COMMAND_CENTRE), "?1 >= c.deadline"),
    LEADERSHIP(List.of(OwnerKind.LEADERSHIP, OwnerKind.COMMAND_CENTRE),
            "?1 >= c.dispatched_at + (c.deadline - c.dispatched_at) * 2");

    /** The levels that escalate (督办 beyond the department): the command centre is told. */
    public static final Set<ReminderLevel> ESCALATIONS = Collections.unmodifiableSet(EnumSet.of(OVERDUE, LEADERSHIP));

    private final List<OwnerKind> told;
    private final String sqlCondition;

    ReminderLevel(List<OwnerKind> told, String sqlCondition) {
        this.told = told;
        this.sqlCondition = sqlCondition;
    }

    /** Who is told when a case reaches this level, in this order. */
    public List<OwnerKind> told() {
        return told;
    }

    /**
     * The level's test over {@code city_case c} as SQL: {@code ?1} is the instant judged, {@code ?3} the due-soon
     * fraction (DUE_SOON only).
     */
    public String sqlCondition() {
        return sqlCondition;
    }

    /** Whether a case dispatched at {@code dispatchedAt} with this deadline is at this level at {@code at}. */
    public boolean reachedBy(Instant dispatchedAt, Instant deadline, Instant at, double dueSoonFraction) {
        Duration limit = Duration.between(dispatchedAt, deadline);
        return switch (this) {
            case DUE_SOON -> !at.isBefore(dispatchedAt.plus(scaled(limit, dueSoonFraction))) && at.isBefore(deadline);
            case OVERDUE -> !at.isBefore(deadline);
            case LEADERSHIP -> !at.isBefore(dispatchedAt.plus(limit.multipliedBy(2)));
        };
    }

    /** The highest level reached at {@code at}, if any. */
    public static Optional<ReminderLevel> highest(Instant dispatchedAt, Instant deadline, Instant at,
            double dueSoonFraction) {
        for (int i = values().length - 1; i >= 0; i--) {
            if (values()[i].reachedBy(dispatchedAt, deadline, at, dueSoonFraction)) {
                return Optional.of(values()[i]);
            }
        }
        return Optional.empty();
    }

    private static Duration scaled(Duration d, double fraction) {
        return Duration.ofNanos(Math.round(d.toNanos() * fraction));
    }
}
