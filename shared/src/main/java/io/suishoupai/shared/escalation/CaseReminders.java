package io.suishoupai.shared.escalation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.runtime.SqlValues;

/** The reminders recorded for a case (table {@code case_reminder}, written by the reminder run). */
public final class CaseReminders {

    private CaseReminders() {
    }

    /** How many reminders a case has had, and how many of them escalated. */
    public record Counts(long reminders, long escalations) {
        public static final Counts NONE = new Counts(0, 0);
    }

    public static Uni<Counts> countsOf(Long caseId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE level IN ("
                + SqlValues.literals(ReminderLevel.ESCALATIONS) + ")) FROM case_reminder WHERE case_id = ?1",
                Object[].class).setParameter(1, caseId).getSingleResult())
                .map(r -> new Counts(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    }
}
