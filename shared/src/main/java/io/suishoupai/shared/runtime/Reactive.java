package io.suishoupai.shared.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.vertx.VertxContext;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Funqy runs functions on worker threads; the reactive PostgreSQL client must be used from a Vert.x context. This
 * hops onto a fresh duplicated context (marked safe: what one unit of work keeps there is its own) and hands the
 * result back. Blocking work (S3 calls) stays on the worker thread, before the hop. The logging context (request id,
 * case number) travels along.
 */
@ApplicationScoped
public class Reactive {

    /** Longest a worker thread waits for a transaction it started (a stuck database answers 503, not never). */
    public static final Duration BLOCKING_WAIT = Duration.ofSeconds(30);

    @Inject
    Vertx vertx;

    @Inject
    Pool pool;

    /**
     * Runs the work in one transaction on a connection of the reactive pool: what {@link CurrentSql} and
     * {@link CurrentEntities} write in it commits with it, or none of it does.
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
