package io.suishoupai.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 08:30–12:00 and 14:00–17:30 (7 working hours a day), weekends off, the 2026 Mid-Autumn and National Day. */
    static final WorkingCalendar CITY = new WorkingCalendar(SHANGHAI,
            List.of(WorkingCalendar.Period.parse("08:30-12:00"), WorkingCalendar.Period.parse("14:00-17:30")),
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            Map.of(LocalDate.parse("2026-09-25"), CalendarDay.Kind.HOLIDAY,
                    LocalDate.parse("2026-09-27"), CalendarDay.Kind.WORKDAY));

    static Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void hoursInsideOnePeriod() {
        assertEquals(local("2026-09-22T11:00"), CITY.addWorkingHours(local("2026-09-22T09:00"), 2));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertEquals(local("2026-09-22T15:00"), CITY.addWorkingHours(local("2026-09-22T11:00"), 2));
    }

    @Test
    void aStartOutsideWorkingTimeWaitsForTheNextPeriod() {
        assertEquals(local("2026-09-23T09:30"), CITY.addWorkingHours(local("2026-09-22T20:00"), 1));
        assertEquals(local("2026-09-22T09:30"), CITY.addWorkingHours(local("2026-09-22T06:00"), 1));
    }

    @Test
    void aWeekendIsSkipped() {
        // Friday 2026-09-18 17:00 + 2h: 0.5h on Friday, then Monday 08:30 + 1.5h
        assertEquals(local("2026-09-21T10:00"), CITY.addWorkingHours(local("2026-09-18T17:00"), 2));
    }

    @Test
    void aHolidayIsSkippedAndAMakeUpWorkingDayCounts() {
        // Thursday 16:00: 1.5h; Friday holiday; Saturday off; Sunday 27th make-up day 7h; Mon 7h; Tue 7h; Wed 1.5h
        assertEquals(local("2026-09-30T10:00"), CITY.addWorkingHours(local("2026-09-24T16:00"), 24));
        assertFalse(CITY.isWorkingDay(LocalDate.parse("2026-09-25")));
        assertTrue(CITY.isWorkingDay(LocalDate.parse("2026-09-27")));
        assertFalse(CITY.isWorkingDay(LocalDate.parse("2026-09-26")));
    }

    @Test
    void calendarHoursIgnoreTheCalendar() {
        assertEquals(local("2026-09-26T16:00"), CITY.deadline(local("2026-09-24T16:00"), 48, false));
    }

    @Test
    void aDeadlineEndsExactlyAtAPeriodEnd() {
        assertEquals(local("2026-09-22T12:00"), CITY.addWorkingHours(local("2026-09-22T08:30"), 3)
                .plusSeconds(30 * 60));
        assertEquals(local("2026-09-22T17:30"), CITY.addWorkingHours(local("2026-09-22T08:30"), 7));
    }

    @Test
    void badPeriodsAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.Period.parse("17:00-09:00"));
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> WorkingCalendar.Period.parse("nine to five"));
    }

    @Test
    void workingDaysBackSkipTheWeekendAndTheHolidayAndCountTheMakeUpDay() {
        // Tuesday 29th: Monday 28th, Sunday 27th (a make-up working day), then past Saturday and the Friday holiday
        // to Thursday 24th
        assertEquals(local("2026-09-24T00:00"), CITY.workingDaysBefore(local("2026-09-29T10:00"), 3));
        assertEquals(local("2026-09-28T00:00"), CITY.workingDaysBefore(local("2026-09-29T10:00"), 1));
    }
}
