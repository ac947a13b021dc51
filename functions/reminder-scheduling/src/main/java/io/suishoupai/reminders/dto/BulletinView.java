package io.suishoupai.reminders.dto;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.stats.CaseStats;

/**
 * A stored bulletin: the indicators per department (as case-stats shows them) and the same as CSV, and per street
 * of the unit grid ({@code streets}; null in bulletins made before the grid existed).
 */
@RegisterForReflection
public record BulletinView(String month, Instant createdAt, CaseStats stats, String csv, Integer notificationsQueued,
        CaseStats streets) {
}
