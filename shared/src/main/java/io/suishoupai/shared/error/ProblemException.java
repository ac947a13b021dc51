package io.suishoupai.shared.error;

import java.util.List;

/**
 * The one exception a function throws for anything a caller did or may retry: it carries the HTTP status,
 * the stable code and the human title. The router failure handler turns it into problem details.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;

    private final ErrorCode errorCode;

    public ProblemException(int status, ErrorCode code, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errorCode = code;
        this.code = code.name();
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, ErrorCode code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
