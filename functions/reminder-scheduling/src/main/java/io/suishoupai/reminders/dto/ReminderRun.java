package io.suishoupai.reminders.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"dueSoon","overdue","escalated","notificationsQueued"}: what this run did (repeats do nothing new). */
@RegisterForReflection
public record ReminderRun(int dueSoon, int overdue, int escalated, int notificationsQueued) {
}
