package io.suishoupai.shared.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Which platform failures become which answers. The fault tests (all-in-one's FaultToleranceTest) meet these with
 * real servers, but a failure seen there once in many runs must not stay a 500 because it is rare.
 */
class FailureClassifierTest {

    final FailureClassifier classifier = new FailureClassifier();

    int status(Throwable t) {
        ProblemException p = classifier.classify(t);
        return p == null ? 500 : p.status();
    }

    @Test
    void aDatabaseThatIsGoneIsServiceUnavailableHoweverTheNetworkSaysIt() {
        assertEquals(503, status(new ConnectException("Connection refused")));
        assertEquals(503, status(new SocketException("Connection reset")));
        assertEquals(503, status(new ClosedChannelException()));
        // seen in a fault run with the write on a pool transaction: the JDK's socket read, a plain IOException
        assertEquals(503, status(new java.io.IOException("Connection reset by peer")));
        assertEquals(503, status(ClosedConnectionException.INSTANCE));
        // seen in a fault run: the next statement of a pool transaction on a connection the server closed
        assertEquals(503, status(new java.util.concurrent.CompletionException(new io.vertx.core.impl
                .NoStackTraceThrowable("Connection is not active now, current status: CLOSED"))));
        assertEquals(503, status(new CompletionException(new RuntimeException("wrapped", new SocketException("reset")))));
        // a failure and what cleaning up after it found: the reason may be either
        assertEquals(503, status(new RuntimeException(new CompositeException(new SocketException("Connection reset"),
                new IllegalStateException("a rollback on a closed connection")))));
        assertEquals(503, status(new CompositeException(new IllegalStateException("a rollback failed"),
                ClosedConnectionException.INSTANCE)));
        assertEquals(503, status(new PgException("terminating connection due to administrator command", "FATAL",
                "57P01", null)));
        assertEquals(503, status(new PgException("the database system is starting up", "FATAL", "57P03", null)));
    }

    @Test
    void whatTheCallerSentIsTheirs() {
        assertEquals(400, status(new PgException("invalid byte sequence", "ERROR", "22021", null)));
        assertEquals(409, status(new PgException("duplicate key", "ERROR", "23505", null)));
    }

    @Test
    void ourOwnBugsStayBugs() {
        assertNull(classifier.classify(new IllegalStateException("a bug")));
        assertNull(classifier.classify(new JsonParseException(null, "we wrote bad JSON")));
        assertNull(classifier.classify(new IOException("some other I/O")));
    }
}
