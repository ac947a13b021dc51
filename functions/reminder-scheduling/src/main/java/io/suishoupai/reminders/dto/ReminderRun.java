package io.suishoupai.reminders.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"dueSoon","overdue","escalated","notificationsQueued","resumed"}: what this run did (repeats do nothing new);
 * {@code resumed}: parked or deferred cases whose date had come, sent back to their departments.
 */
@RegisterForReflection
public record ReminderRun(int dueSoon, int overdue, int escalated, int notificationsQueued, int resumed) {
}
