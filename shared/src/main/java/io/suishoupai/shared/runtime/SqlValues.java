package io.suishoupai.shared.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** Reading the columns of native queries, whose Java types vary with the driver and the column type. */
public final class SqlValues {

    private SqlValues() {
    }

    /** Enum constants as an SQL list of literals ({@code 'A', 'B'}) in their declaration order, for {@code IN (…)}. */
    public static <E extends Enum<E>> String literals(java.util.Collection<E> values) {
        return values.stream().sorted().map(v -> "'" + v.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * {@code IN (…)} over a list of texts bound as one parameter (one statement text, so one prepared statement
     * whatever the list's length): the list as a JSON array, bound as text.
     * {@code parameter} is the placeholder ({@code ?1}); bind {@link #jsonArray} of the values to it.
     */
    public static String inTexts(String parameter) {
        return "IN (SELECT json_array_elements_text(CAST(CAST(" + parameter + " AS text) AS json)))";
    }

    /** The texts as a JSON array, for {@link #inTexts}. */
    public static String jsonArray(java.util.Collection<String> values) {
        var encoder = com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();
        return values.stream().map(v -> "\"" + new String(encoder.quoteAsString(v)) + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    /** A timestamptz column as an Instant; null stays null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return Instant.parse(value.toString());
    }

    /** A date column as a LocalDate; null stays null. */
    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    /** An integer column (int4, int8, numeric) as a Long; null stays null. */
    public static Long longValue(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
