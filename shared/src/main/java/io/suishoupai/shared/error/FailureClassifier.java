package io.suishoupai.shared.error;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Knows which failures of the platform (security, Hibernate, the PostgreSQL client, the S3 client) mean what
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
            return Problems.forbidden("FORBIDDEN", "Your role may not do this.");
        }
        if (isOptimisticLock(t)) {
            return Problems.conflict("CONCURRENT_UPDATE",
                    "Someone else changed this case at the same moment; reload it and try again.");
        }
        if (t instanceof PgException pg) {
            return classifyPg(pg);
        }
        if (t instanceof ConnectException || t instanceof ClosedConnectionException || t instanceof TimeoutException
                || t instanceof io.smallrye.mutiny.TimeoutException
                || t instanceof io.netty.channel.ConnectTimeoutException) {
            return Problems.unavailable("The database is not reachable right now; try again shortly.");
        }
        if (t instanceof VertxException && t.getMessage() != null
                && (t.getMessage().contains("Connection refused") || t.getMessage().contains("Timeout")
                        || t.getMessage().contains("closed"))) {
            return Problems.unavailable("The database is not reachable right now; try again shortly.");
        }
        if (t instanceof SdkClientException) {
            return Problems.unavailable("Media storage is not reachable right now; try again shortly.");
        }
        return null;
    }

    private static boolean isOptimisticLock(Throwable t) {
        return t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.hibernate.StaleStateException;
    }

    private static ProblemException classifyPg(PgException pg) {
        String state = pg.getSqlState() == null ? "" : pg.getSqlState();
        if (state.equals("23505")) {
            return Problems.conflict("CONFLICT", "This conflicts with something that already exists.");
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return Problems.conflict("CONCURRENT_UPDATE", "A concurrent change got there first; try again.");
        }
        if (state.startsWith("08") || state.startsWith("57") || state.startsWith("53")) {
            return Problems.unavailable("The database is not available right now; try again shortly.");
        }
        return null;
    }
}
