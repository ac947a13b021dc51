package io.suishoupai.shared.caseflow;

import java.util.Locale;
import java.util.Objects;

/**
 * A case number as the city writes it ({@code XN-20261102-000123}). {@link #of} reads one as a caller typed it:
 * surrounding space and letter case do not matter, so every function finds the same case for the same number.
 */
public record CaseNumber(String value) {

    public CaseNumber {
        Objects.requireNonNull(value, "value");
    }

    public static CaseNumber of(String typed) {
        return new CaseNumber(typed.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
