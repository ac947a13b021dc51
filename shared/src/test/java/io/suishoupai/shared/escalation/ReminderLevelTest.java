package io.suishoupai.shared.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;

class ReminderLevelTest {

    static final Instant DISPATCHED = Instant.parse("2026-11-02T02:00:00Z");
    static final Instant DEADLINE = DISPATCHED.plus(Duration.ofHours(8));

    static Optional<ReminderLevel> at(Duration sinceDispatch) {
        return ReminderLevel.highest(DISPATCHED, DEADLINE, DISPATCHED.plus(sinceDispatch), 0.75);
    }

    @Test
    void aCaseRunsThroughTheLevelsAsItsLimitRunsOut() {
        assertEquals(Optional.empty(), at(Duration.ofMinutes(359)));
        assertEquals(Optional.of(ReminderLevel.DUE_SOON), at(Duration.ofHours(6)));
        assertEquals(Optional.of(ReminderLevel.DUE_SOON), at(Duration.ofHours(8).minusSeconds(1)));
        assertEquals(Optional.of(ReminderLevel.OVERDUE), at(Duration.ofHours(8)));
        assertEquals(Optional.of(ReminderLevel.OVERDUE), at(Duration.ofHours(16).minusSeconds(1)));
        assertEquals(Optional.of(ReminderLevel.LEADERSHIP), at(Duration.ofHours(16)));
    }

    @Test
    void dueSoonEndsAtTheDeadlineWhileOverdueGoesOnBesideLeadership() {
        Instant late = DISPATCHED.plus(Duration.ofHours(20));
        assertFalse(ReminderLevel.DUE_SOON.reachedBy(DISPATCHED, DEADLINE, late, 0.75));
        assertTrue(ReminderLevel.OVERDUE.reachedBy(DISPATCHED, DEADLINE, late, 0.75));
        assertTrue(ReminderLevel.LEADERSHIP.reachedBy(DISPATCHED, DEADLINE, late, 0.75));
    }

    @Test
    void theFractionMovesOnlyDueSoon() {
        assertEquals(Optional.of(ReminderLevel.DUE_SOON),
                ReminderLevel.highest(DISPATCHED, DEADLINE, DISPATCHED.plus(Duration.ofHours(4)), 0.5));
        assertEquals(Optional.empty(),
                ReminderLevel.highest(DISPATCHED, DEADLINE, DISPATCHED.plus(Duration.ofHours(4)), 0.75));
    }

    @Test
    void whoIsToldAtEachLevel() {
        assertEquals(List.of(OwnerKind.DEPARTMENT), ReminderLevel.DUE_SOON.told());
        assertEquals(List.of(OwnerKind.DEPARTMENT, OwnerKind.COMMAND_CENTRE), ReminderLevel.OVERDUE.told());
        assertEquals(List.of(OwnerKind.LEADERSHIP, OwnerKind.COMMAND_CENTRE), ReminderLevel.LEADERSHIP.told());
    }

    @Test
    void overdueAndLeadershipAreTheEscalations() {
        assertEquals(java.util.EnumSet.of(ReminderLevel.OVERDUE, ReminderLevel.LEADERSHIP), ReminderLevel.ESCALATIONS);
        assertEquals("'OVERDUE', 'LEADERSHIP'",
                io.suishoupai.shared.runtime.SqlValues.literals(ReminderLevel.ESCALATIONS));
    }
}
