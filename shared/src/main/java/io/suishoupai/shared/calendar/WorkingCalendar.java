package io.suishoupai.shared.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The city's working time: daily work periods (e.g. 08:30–12:00 and 14:00–17:30), weekend days, and exceptions
 * (holidays off, make-up working days on). Pure: the deadline arithmetic lives here and nowhere else.
 */
public record WorkingCalendar(ZoneId zone, List<Period> periods, Set<DayOfWeek> weekend,
        Map<LocalDate, CalendarDay.Kind> exceptions) {

    /** One work period of a day, [start, end). */
    public record Period(LocalTime start, LocalTime end) {

        /** Parses "08:30-12:00". */
        public static Period parse(String text) {
            String[] parts = text.strip().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a work period reads HH:mm-HH:mm, not " + text);
            }
            Period p = new Period(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
            if (!p.start.isBefore(p.end)) {
                throw new IllegalArgumentException("a work period must end after it starts: " + text);
            }
            return p;
        }
    }

    /** The longest a deadline may search forward (a year of holidays cannot make it loop forever). */
    private static final int MAX_DAYS = 730;

    public boolean isWorkingDay(LocalDate day) {
        CalendarDay.Kind exception = exceptions.get(day);
        if (exception != null) {
            return exception == CalendarDay.Kind.WORKDAY;
        }
        return !weekend.contains(day.getDayOfWeek());
    }

    /**
     * The start of the working day {@code days} working days before the day holding {@code at} (weekends and
     * holidays skipped, make-up working days counted): "no news for {@code days} working days" means nothing since.
     */
    public Instant workingDaysBefore(Instant at, int days) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        for (int counted = 0, stepped = 0; counted < days && stepped < MAX_DAYS; stepped++) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atStartOfDay(zone).toInstant();
    }

    /** {@code hours} of working time after {@code start}; ends inside a work period. */
    public Instant addWorkingHours(Instant start, int hours) {
        Duration remaining = Duration.ofHours(hours);
        ZonedDateTime cursor = start.atZone(zone);
        LocalDate day = cursor.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Period period : periods) {
                ZonedDateTime from = day.atTime(period.start()).atZone(zone);
                ZonedDateTime to = day.atTime(period.end()).atZone(zone);
                if (!to.isAfter(cursor)) {
                    continue;
                }
                ZonedDateTime begin = from.isBefore(cursor) ? cursor : from;
                Duration available = Duration.between(begin, to);
                if (available.compareTo(remaining) >= 0) {
                    return begin.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
                cursor = to;
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + start);
    }

    /** The deadline of a time limit: working hours on this calendar, or plain calendar hours. */
    public Instant deadline(Instant start, int hours, boolean workingHours) {
        return workingHours ? addWorkingHours(start, hours) : start.plus(Duration.ofHours(hours));
    }
}
