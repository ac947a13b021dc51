package io.suishoupai.shared.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.ReferenceCaching;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.runtime.SqlValues;
import io.smallrye.mutiny.Uni;

/**
 * Loads the working calendar: work periods and weekend from configuration, exceptions (holidays, make-up working
 * days) from the database. Every report, dispatch, stage and deadline reads it, and its rows change a few times a
 * year, so a process keeps what it read by the first day asked for, cleared by save-calendar-day: the rule of
 * {@link ReferenceCaching}, which {@code ReferenceNames} keeps for categories and departments.
 */
@ApplicationScoped
public class Calendars {

    /** How long another process's change to the calendar may take to count in this one's deadlines. */
    public static final Duration TTL = ReferenceCaching.TTL;

    /** At most this many first days are held (today's for reports and dispatches, a few others): a bound on memory. */
    static final int HELD_DAYS = 16;

    private record Loaded(WorkingCalendar calendar, long atNanos) {
    }

    private final Map<LocalDate, Loaded> loaded = new ConcurrentHashMap<>();

    @Inject
    CurrentSql sql;

    @Inject
    SuishoupaiConfig config;

    /**
     * The calendar with the exceptions of the two years from the day before {@code from}: the one this process holds,
     * or, when it holds none for that day younger than {@link #TTL}, read in the caller's unit of work on the pool.
     */
    public Uni<WorkingCalendar> from(Instant from) {
        LocalDate first = LocalDate.ofInstant(from, config.zone()).minusDays(1);
        Loaded held = loaded.get(first);
        long now = System.nanoTime();
        if (held != null && now - held.atNanos() < TTL.toNanos()) {
            return Uni.createFrom().item(held.calendar());
        }
        return sql.rows(EXCEPTIONS, first, first.plusYears(2))
                .map(rows -> new WorkingCalendar(config.zone(),
                        config.calendar().workPeriods().stream().map(WorkingCalendar.Period::parse).toList(),
                        weekend(config.calendar().weekend()),
                        Map.copyOf(rows.stream().collect(Collectors.toMap(row -> SqlValues.localDate(row[0]),
                                row -> CalendarDay.Kind.valueOf((String) row[1]))))))
                .invoke(calendar -> {
                    if (loaded.size() >= HELD_DAYS) {
                        loaded.clear();
                    }
                    loaded.put(first, new Loaded(calendar, now));
                });
    }

    /** A calendar day was saved: the next deadline reads the calendar afresh. */
    public void invalidate() {
        loaded.clear();
    }

    private static final String EXCEPTIONS = "SELECT day, kind FROM calendar_day WHERE day >= ?1 AND day <= ?2";

    private static EnumSet<DayOfWeek> weekend(List<DayOfWeek> days) {
        return days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

}
