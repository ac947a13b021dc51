package io.suishoupai.shared.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every field problem of one request, then throws them together as one 400 VALIDATION_FAILED:
 * a client fixes all its mistakes in one round trip.
 */
public final class InputCheck {

    private final List<FieldError> errors = new ArrayList<>();

    private InputCheck() {
    }

    /** Starts a check; a missing body is malformed, not invalid. */
    /** An optional text as stored: stripped, and null when missing or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static InputCheck of(Object body) {
        if (body == null) {
            throw Problems.malformed("A JSON request body is required.", List.of());
        }
        return new InputCheck();
    }

    public InputCheck require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public InputCheck present(Object value, String field) {
        return require(value != null, field, "is required");
    }

    /** A required text whose trimmed length is within [min, max]. */
    public InputCheck text(String value, String field, int min, int max) {
        if (value == null || value.isBlank()) {
            return require(false, field, "is required");
        }
        int length = value.strip().codePointCount(0, value.strip().length());
        return require(length >= min && length <= max, field,
                "must be " + min + " to " + max + " characters");
    }

    /** An optional text of at most max characters. */
    public InputCheck optionalText(String value, String field, int max) {
        if (value == null) {
            return this;
        }
        return require(value.codePointCount(0, value.length()) <= max, field, "must be at most " + max + " characters");
    }

    /**
     * A text of at most max characters, required when {@code required} (a negative decision needs its reason: a
     * refused filing, a failed check).
     */
    public InputCheck textRequiredWhen(boolean required, String value, String field, int max) {
        return required ? text(value, field, 1, max) : optionalText(value, field, max);
    }

    /** An idempotency key: required on every state-changing call, 8 to 200 visible ASCII characters. */
    public InputCheck idempotencyKey(String value) {
        return require(value != null && value.matches("[\\x21-\\x7E]{8,200}"), "idempotencyKey",
                "is required: 8 to 200 visible ASCII characters, the same on every retry of this request");
    }

    /** A case number like XN-20220214-000123. */
    public InputCheck caseNumber(String value, String field) {
        return require(value != null && value.strip().matches("[A-Za-z0-9]{1,10}-\\d{8}-\\d{6}"), field,
                "is required, like XN-20220214-000123");
    }

    /**
     * A number sent as text (a GET query parameter) within [min, max]: null when blank, a field error when it is not
     * a number or out of range.
     */
    public Double number(String value, String field, double min, double max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            require(Double.isFinite(d) && d >= min && d <= max, field, "must be a number from " + min + " to " + max);
            return d;
        } catch (NumberFormatException e) {
            require(false, field, "must be a number");
            return null;
        }
    }

    public InputCheck finite(Double value, String field, double min, double max) {
        if (value == null) {
            return require(false, field, "is required");
        }
        return require(Double.isFinite(value) && value >= min && value <= max, field,
                "must be a number from " + min + " to " + max);
    }

    /** page ≥ 0 and 1 ≤ size ≤ max, when given. */
    /** The deepest page any list serves (page × size stays far from int overflow, and OFFSET stays bounded). */
    public static final int MAX_PAGE = 100_000;

    public InputCheck paging(Integer page, Integer size, int max) {
        return require(page == null || (page >= 0 && page <= MAX_PAGE), "page", "must be 0 to " + MAX_PAGE)
                .require(size == null || (size >= 1 && size <= max), "size", "must be 1 to " + max);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }
}
