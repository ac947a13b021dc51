package io.suishoupai.shared.error;

import java.util.List;

/** Factory for the problems every function shares; codes are stable API (see README, errors). */
public final class Problems {

    private Problems() {
    }

    public static ProblemException malformed(String detail, List<FieldError> errors) {
        return new ProblemException(400, ErrorCode.MALFORMED_REQUEST, "Malformed request", detail, errors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, ErrorCode.VALIDATION_FAILED, "Invalid request",
                "One or more fields are invalid; see errors.", errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException unauthenticated(String detail) {
        return new ProblemException(401, ErrorCode.UNAUTHENTICATED, "Authentication required", detail);
    }

    public static ProblemException forbidden(ErrorCode code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail);
    }

    public static ProblemException notFound(ErrorCode code, String detail) {
        return new ProblemException(404, code, "Not found", detail);
    }

    public static ProblemException conflict(ErrorCode code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    public static ProblemException tooLarge(ErrorCode code, String detail, List<FieldError> errors) {
        return new ProblemException(413, code, "Too large", detail, errors);
    }

    public static ProblemException unprocessable(ErrorCode code, String detail) {
        return new ProblemException(422, code, "Rule violated", detail);
    }

    public static ProblemException unprocessable(ErrorCode code, String detail, List<FieldError> errors) {
        return new ProblemException(422, code, "Rule violated", detail, errors);
    }

    public static ProblemException tooMany(ErrorCode code, String detail) {
        return new ProblemException(429, code, "Too many requests", detail);
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, ErrorCode.SERVICE_UNAVAILABLE, "Service unavailable", detail);
    }
}
