package io.suishoupai.shared.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.smallrye.mutiny.Uni;

/** Loads the working calendar: work periods and weekend from configuration, exceptions from the database. */
@ApplicationScoped
public class Calendars {

    @Inject
    SuishoupaiConfig config;

    /** Must run inside a session; loads the exceptions of the next two years from {@code from}. */
    public Uni<WorkingCalendar> from(Instant from) {
        LocalDate first = LocalDate.ofInstant(from, config.zone()).minusDays(1);
        return CalendarDay.<CalendarDay>list("day >= ?1 and day <= ?2", first, first.plusYears(2))
                .map(days -> new WorkingCalendar(config.zone(),
                        config.calendar().workPeriods().stream().map(WorkingCalendar.Period::parse).toList(),
                        weekend(config.calendar().weekend()),
                        days.stream().collect(Collectors.toMap(d -> d.day, d -> d.kind))));
    }

    private static EnumSet<DayOfWeek> weekend(List<DayOfWeek> days) {
        return days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

}
