package io.suishoupai.shared.error;

import java.util.List;

/**
 * The one exception a function throws for anything a caller did or may retry: it carries the HTTP status,
 * the stable code and the human title. The router failure handler turns it into problem details.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final ErrorCode code;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, ErrorCode code, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, ErrorCode code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public ErrorCode errorCode() {
        return code;
    }

    public int status() {
        return status;
    }

    /** The code as problem details carry it. */
    public String code() {
        return code.name();
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
