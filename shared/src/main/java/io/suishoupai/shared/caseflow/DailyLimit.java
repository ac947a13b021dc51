package io.suishoupai.shared.caseflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;

/**
 * How many reports one caller may submit per day, the day being the city's (a citizen in Xianning submitting at
 * 00:30 local time starts a new day, though UTC has not). Intake counts the caller's reports since
 * {@link #dayStart} under a per-caller lock, then asks {@link #check}.
 */
public record DailyLimit(int limit, ZoneId zone) {

    /** The start of the city's day that contains {@code now}. */
    public Instant dayStart(Instant now) {
        return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    }

    /** 429 DAILY_LIMIT_REACHED once the caller has submitted {@code limit} reports today. */
    public void check(long submittedToday) {
        if (submittedToday >= limit) {
            throw Problems.tooMany(ErrorCode.DAILY_LIMIT_REACHED,
                    "You have submitted " + submittedToday + " reports today, the daily limit; try again tomorrow.");
        }
    }
}
