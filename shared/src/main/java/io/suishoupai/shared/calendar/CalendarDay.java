package io.suishoupai.shared.calendar;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An exception to the weekly pattern: a holiday on a weekday, or a make-up working day on a weekend. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    public enum Kind {
        HOLIDAY, WORKDAY
    }

    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String name;
}
