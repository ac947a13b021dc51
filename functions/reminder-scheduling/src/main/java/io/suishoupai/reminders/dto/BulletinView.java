package io.suishoupai.reminders.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.stats.CaseStats;

/**
 * A stored bulletin: the indicators per department (as case-stats shows them, with each department's score and rank)
 * and the same as CSV (and, asked for, as an .xlsx workbook), and per street
 * of the unit grid ({@code streets}; null in bulletins made before the grid existed).
 */
@RegisterForReflection
public record BulletinView(String month, Instant createdAt, CaseStats stats, String csv, Integer notificationsQueued,
        CaseStats streets,
        /* get-bulletin?format=xlsx only: the workbook (one sheet per grouping, the ranking first), base64 */
        @JsonInclude(JsonInclude.Include.NON_NULL) String xlsx) {

    /** The same bulletin with its workbook. */
    public BulletinView withXlsx(String base64) {
        return new BulletinView(month, createdAt, stats, csv, notificationsQueued, streets, base64);
    }
}
