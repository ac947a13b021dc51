package io.suishoupai.shared.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.common.vertx.VertxContext;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

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
