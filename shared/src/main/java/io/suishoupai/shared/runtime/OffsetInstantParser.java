package io.suishoupai.shared.runtime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the date-times PostgreSQL and browsers write — {@code 2026-01-01T13:08:07.25+08:00}, {@code …Z}, seconds and
 * fraction optional — without {@link java.time.format.DateTimeFormatter}: the formatter builds a map of fields per
 * value, which made reading a work queue's rows back from {@code row_to_json} (a dozen instants a case) over a third
 * of the function's CPU. Anything else (a lower-case 't', an offset with seconds, a bad day) answers null, and the
 * caller falls back to {@code OffsetDateTime.parse}, so what is accepted and refused does not change.
 */
public final class OffsetInstantParser {

    private OffsetInstantParser() {
    }

    /** The instant, or null when the text is not exactly of the common form (the caller then asks java.time). */
    public static Instant parse(CharSequence text) {
        int n = text.length();
        // yyyy-MM-ddTHH:mm then at least one offset character
        if (n < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nanos = 0;
        if (i < n && text.charAt(i) == ':') {
            second = i + 3 <= n ? digits(text, i + 1, 2) : -1;
            if (second < 0 || second > 59) {
                return null;
            }
            i += 3;
            if (i < n && text.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && isDigit(text.charAt(i))) {
                    nanos = nanos * 10 + (text.charAt(i) - '0');
                    i++;
                }
                int length = i - start;
                if (length == 0 || (i < n && isDigit(text.charAt(i)))) {
                    return null; // no digit, or more than nine
                }
                for (int k = length; k < 9; k++) {
                    nanos *= 10;
                }
            }
        }
        int offsetSeconds;
        if (i == n - 1 && text.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
            int offsetHours = digits(text, i + 1, 2);
            int offsetMinutes = digits(text, i + 4, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59
                    || (offsetHours == 18 && offsetMinutes > 0)) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text.charAt(i) == '-' ? -1 : 1);
        } else {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay(); // refuses 2026-02-30 as the formatter does
        } catch (DateTimeException notADay) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds, nanos);
    }

    /** The number written by {@code count} digits at {@code at}, or -1 when one of them is not a digit. */
    private static int digits(CharSequence text, int at, int count) {
        int value = 0;
        for (int k = at; k < at + count; k++) {
            char c = text.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
