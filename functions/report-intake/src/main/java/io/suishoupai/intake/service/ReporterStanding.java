package io.suishoupai.intake.service;

/**
 * What intake must know of the caller and the city before a case: is the caller blocked, how many reports have they
 * filed today, and has the city saved a boundary. Read with the rest of intake's preconditions in one statement
 * ({@link ReportPreconditions}); decided where the rules are declared (ReporterBlocks, DailyLimit, ServiceArea).
 *
 * @param blockReason   why the caller is blocked now, null when they are not
 * @param reportsToday  the caller's reports since the start of the city's day; null when not asked (no daily limit)
 * @param boundaries    how many active city boundaries are saved (0: the configured box is the service area)
 */
public record ReporterStanding(String blockReason, Long reportsToday, long boundaries) {
}
