package io.suishoupai.reminders.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"dueSoon","overdue","escalated","notificationsQueued","resumed","stageDueSoon","stageOverdue","progressNotes",
 * "statsRowsFolded","remindersSkipped","moreWaiting"}: what this run did
 * (repeats do nothing new); {@code resumed}: parked or deferred cases whose date had come, sent back to their
 * departments; {@code stage…}: runs of the command centre's stages (screening, check, dispatch, verification) due
 * soon or overdue, told to the command centre; {@code statsRowsFolded}: rows the statistics rollups were folded into
 * (the days whose cases moved since the last run).
 */
@RegisterForReflection
public record ReminderRun(int dueSoon, int overdue, int escalated, int notificationsQueued, int resumed,
        int stageDueSoon, int stageOverdue,
        /* dispatched cases that had gone quiet and got the automatic progress note */
        int progressNotes,
        long statsRowsFolded,
        /* another run held the reminders (a previous one still at work in the database): this one recorded none */
        boolean remindersSkipped,
        /* a level (of the case reminders or the stage reminders) reached suishoupai.reminders.batch: more wait for the
           next run */
        boolean moreWaiting) {
}
