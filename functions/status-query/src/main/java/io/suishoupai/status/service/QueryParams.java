package io.suishoupai.status.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.suishoupai.shared.error.InputCheck;

/** Parses query-string values, recording a field error instead of failing on the first bad one. */
public final class QueryParams {

    private final InputCheck check;

    public QueryParams(InputCheck check) {
        this.check = check;
    }

    int page(io.suishoupai.status.dto.PageQuery query) {
        return integer(query.getPage(), "page", 0, io.suishoupai.shared.error.InputCheck.MAX_PAGE, 0);
    }

    /** Page size, 20 unless given. */
    int size(io.suishoupai.status.dto.PageQuery query, int max) {
        return integer(query.getSize(), "size", 1, max, 20);
    }

    Integer integer(String value, String field, int min, int max, Integer fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            check.require(n >= min && n <= max, field, "must be " + min + " to " + max);
            return n;
        } catch (NumberFormatException e) {
            check.require(false, field, "must be a whole number");
            return fallback;
        }
    }

    Double number(String value, String field, double min, double max) {
        return check.number(value, field, min, max);
    }

    /** A date (yyyy-MM-dd, the start of that day in the city) or an instant; {@code endOfDay} for an inclusive "to". */
    public Instant instant(String value, String field, ZoneId zone, boolean endOfDay) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            check.require(false, field, "must be a date (2026-03-01) or an instant (2026-03-01T08:00:00Z)");
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
