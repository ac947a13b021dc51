package io.suishoupai.triage.dto;

import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"day":"2026-10-01","kind":"HOLIDAY"|"WORKDAY"|"NORMAL","name":"国庆节"}; NORMAL removes the exception. */
@RegisterForReflection
public record SaveCalendarDayRequest(LocalDate day, Kind kind, String name) {

    public enum Kind {
        HOLIDAY, WORKDAY, NORMAL
    }
}
