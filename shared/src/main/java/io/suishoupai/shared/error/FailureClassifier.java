package io.suishoupai.shared.error;

import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Knows which failures of the platform (security, the PostgreSQL client, the S3 client) mean what
 * for a caller. Returns null for a genuine bug.
 */
@ApplicationScoped
public class FailureClassifier {

    public ProblemException classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            ProblemException p = classifyOne(t);
            if (p != null) {
                return p;
            }
            if (t instanceof CompositeException composite) {
                // a failure and what cleaning up after it then failed (a rollback on a lost connection): the first
                // is the reason, but look at each
                for (Throwable each : composite.getCauses()) {
                    p = classify(each);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private ProblemException classifyOne(Throwable t) {
        if (t instanceof ProblemException p) {
            return p;
        }
        if (t instanceof AuthenticationFailedException || t instanceof UnauthorizedException) {
            return Problems.unauthenticated("A valid bearer token is required.");
        }
        if (t instanceof ForbiddenException) {
            return Problems.forbidden(ErrorCode.FORBIDDEN, "Your role may not do this.");
        }
        if (t instanceof IOException && "Size exceed allowed maximum capacity".equals(t.getMessage())) {
            // Netty's form decoder past the server's form-attribute limit: the caller sent too much
            return Problems.tooLarge(ErrorCode.PAYLOAD_TOO_LARGE, "A form field is larger than this server accepts.", List.of());
        }
        if (t instanceof PgException pg) {
            return classifySqlState(pg.getSqlState());
        }
        if (isLostConnection(t) || t instanceof ClosedConnectionException || t instanceof TimeoutException
                || t instanceof io.smallrye.mutiny.TimeoutException
                || t instanceof io.netty.channel.ConnectTimeoutException) {
            return Problems.unavailable("The database is not reachable right now; try again shortly.");
        }
        if (t instanceof VertxException && t.getMessage() != null
                && (t.getMessage().contains("Connection refused") || t.getMessage().contains("Timeout")
                        || t.getMessage().contains("closed"))) {
            return Problems.unavailable("The database is not reachable right now; try again shortly.");
        }
        // the pool's connection, closed by a server gone mid-transaction, refusing the transaction's next statement
        // (Vert.x raises it as a bare Throwable of its own, not a VertxException)
        if (t.getClass().getName().startsWith("io.vertx.") && t.getMessage() != null
                && t.getMessage().startsWith("Connection is not active now")) {
            return Problems.unavailable("The database is not reachable right now; try again shortly.");
        }
        if (t instanceof SdkClientException) {
            return Problems.unavailable("Media storage is not reachable right now; try again shortly.");
        }
        return null;
    }

    /**
     * The network under a database connection failed: refused, reset by a server that is shutting down, or a
     * channel closed under a write. (Netty's native transports raise their own IOException subtypes.) Jackson's
     * IOExceptions are not among these: they are bugs or bad input, classified elsewhere.
     */
    private static boolean isLostConnection(Throwable t) {
        return t instanceof SocketException || t instanceof ClosedChannelException
                || (t instanceof IOException && (t.getClass().getName().startsWith("io.netty.")
                        // the JDK's socket read, as the pool's connection reports a server gone mid-transaction
                        || "Connection reset by peer".equals(t.getMessage())
                        || "Broken pipe".equals(t.getMessage())));
    }

    private static ProblemException classifySqlState(String sqlState) {
        String state = sqlState == null ? "" : sqlState;
        if (state.equals("23505")) {
            return Problems.conflict(ErrorCode.CONFLICT, "This conflicts with something that already exists.");
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return Problems.conflict(ErrorCode.CONCURRENT_UPDATE, "A concurrent change got there first; try again.");
        }
        if (state.startsWith("22")) {
            // data exceptions come from the values a caller sent (a NUL character, an unpaired surrogate, a number
            // out of range): the statement failed and its transaction rolled back
            return new ProblemException(400, ErrorCode.INVALID_INPUT, "Invalid request",
                    "A value in this request cannot be stored or searched as given (for example it contains a NUL "
                            + "character or is out of range).");
        }
        if (state.startsWith("08") || state.startsWith("57") || state.startsWith("53")) {
            return Problems.unavailable("The database is not available right now; try again shortly.");
        }
        return null;
    }
}
