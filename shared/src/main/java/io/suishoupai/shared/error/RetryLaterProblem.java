package io.suishoupai.shared.error;

/** A problem the caller may retry after a while: the answer carries {@code Retry-After} (seconds). */
public class RetryLaterProblem extends ProblemException {

    private final long retryAfterSeconds;

    public RetryLaterProblem(int status, ErrorCode code, String title, String detail, long retryAfterSeconds) {
        super(status, code, title, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
