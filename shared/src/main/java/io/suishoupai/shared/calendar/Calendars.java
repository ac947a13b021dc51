package io.suishoupai.shared.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.runtime.SqlValues;
import io.smallrye.mutiny.Uni;

/** Loads the working calendar: work periods and weekend from configuration, exceptions from the database. */
@ApplicationScoped
public class Calendars {

    @Inject
    CurrentSql sql;

    @Inject
    SuishoupaiConfig config;

    /**
     * Must run inside a session or a pool transaction; loads the exceptions of the next two years from
     * {@code from}. Native SQL into plain values: every report and dispatch reads the calendar, and as HQL into
     * entities it was parsed and translated each time and left a year's holidays managed in the session,
     * dirty-checked at every later flush.
     */
    public Uni<WorkingCalendar> from(Instant from) {
        LocalDate first = LocalDate.ofInstant(from, config.zone()).minusDays(1);
        return sql.rows(EXCEPTIONS, first, first.plusYears(2))
                .map(rows -> new WorkingCalendar(config.zone(),
                        config.calendar().workPeriods().stream().map(WorkingCalendar.Period::parse).toList(),
                        weekend(config.calendar().weekend()),
                        rows.stream().collect(Collectors.toMap(row -> SqlValues.localDate(row[0]),
                                row -> CalendarDay.Kind.valueOf((String) row[1])))));
    }

    private static final String EXCEPTIONS = "SELECT day, kind FROM calendar_day WHERE day >= ?1 AND day <= ?2";

    private static EnumSet<DayOfWeek> weekend(List<DayOfWeek> days) {
        return days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

}
