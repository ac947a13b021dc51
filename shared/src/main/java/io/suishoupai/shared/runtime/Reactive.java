package io.suishoupai.shared.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.common.vertx.VertxContext;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Funqy runs functions on worker threads; Hibernate Reactive must run on a Vert.x event-loop context. This hops
 * onto a fresh duplicated context (marked safe, so Panache keeps its session there) and hands the result back.
 * Blocking work (S3 calls) stays on the worker thread, before the hop. The logging context (request id, case
 * number) travels along.
 */
@ApplicationScoped
public class Reactive {

    /** Longest a worker thread waits for a transaction it started (a stuck database answers 503, not never). */
    public static final Duration BLOCKING_WAIT = Duration.ofSeconds(30);

    @Inject
    Vertx vertx;

    @Inject
    Pool pool;

    /** Runs the work in one database transaction: all of it commits, or none of it does. */
    public <T> Uni<T> transaction(Supplier<Uni<T>> work) {
        return onEventLoop(() -> Panache.withTransaction(work));
    }

    /**
     * The same, for blocking code on a worker thread (a Funqy function before its real work): waits for the commit,
     * at most {@link #BLOCKING_WAIT}, and rethrows what failed.
     */
    public <T> T transactionAndWait(Supplier<Uni<T>> work) {
        return transaction(work).await().atMost(BLOCKING_WAIT);
    }

    /** The same for read-only work in a session, from a worker thread. */
    public <T> T sessionAndWait(Supplier<Uni<T>> work) {
        return session(work).await().atMost(BLOCKING_WAIT);
    }

    /** Runs read-only work in a session without a transaction. */
    public <T> Uni<T> session(Supplier<Uni<T>> work) {
        return onEventLoop(() -> Panache.withSession(work));
    }

    /**
     * Runs the work in one transaction on a connection of the reactive pool, with no Hibernate session: what
     * {@link CurrentSql} writes in it commits with it. For the functions built without Hibernate (issue #19); the
     * work reads and writes rows, never managed entities.
     */
    public <T> Uni<T> poolTransaction(Supplier<Uni<T>> work) {
        return onEventLoop(() -> onConnection(work, pool::withTransaction));
    }

    /** Read-only work on one connection of the pool, without a transaction: each statement sees what committed. */
    public <T> Uni<T> poolSession(Supplier<Uni<T>> work) {
        return onEventLoop(() -> onConnection(work, pool::withConnection));
    }

    /** The connection is the context's while the work runs: where {@link CurrentSql} finds it. */
    private static <T> Uni<T> onConnection(Supplier<Uni<T>> work,
            Function<Function<SqlConnection, Uni<T>>, Uni<T>> acquire) {
        Context context = Vertx.currentContext();
        return acquire.apply(connection -> {
            context.putLocal(CurrentSql.CONNECTION, connection);
            return work.get();
        }).eventually(() -> context.removeLocal(CurrentSql.CONNECTION));
    }

    /** The same, waited for from a worker thread, at most {@link #BLOCKING_WAIT}. */
    public <T> T poolTransactionAndWait(Supplier<Uni<T>> work) {
        return poolTransaction(work).await().atMost(BLOCKING_WAIT);
    }

    private <T> Uni<T> onEventLoop(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Map<String, Object> logContext = LogContext.capture();
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> {
                LogContext.restore(logContext);
                Uni<T> uni;
                try {
                    uni = work.get();
                } catch (Throwable t) {
                    emitter.fail(t);
                    return;
                }
                uni.subscribe().with(emitter::complete, emitter::fail);
            });
        });
    }
}
