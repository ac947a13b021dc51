package io.suishoupai.shared.ops;

import java.util.concurrent.CompletableFuture;

import io.suishoupai.shared.error.Problems;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds every request until a check begun at start has passed, so the check can run while the HTTP server opens
 * instead of before it: a request that comes first waits for the verdict, one after it is let through at once, and
 * once the check has failed every request is answered 503 (the process is then on its way out).
 */
public final class StartGate {

    private final CompletableFuture<Void> verdict = new CompletableFuture<>();

    public void pass() {
        verdict.complete(null);
    }

    public void fail(Throwable why) {
        verdict.completeExceptionally(why);
    }

    /** A router handler: on to the next handler once the check has passed, 503 if it failed. */
    public void handle(RoutingContext ctx) {
        if (verdict.isDone()) {
            proceed(ctx);
            return;
        }
        // the body must not flow before the handlers that read it are reached
        ctx.request().pause();
        Context requestContext = Vertx.currentContext();
        verdict.whenComplete((ok, failure) -> requestContext.runOnContext(v -> {
            ctx.request().resume();
            proceed(ctx);
        }));
    }

    private void proceed(RoutingContext ctx) {
        if (verdict.isCompletedExceptionally()) {
            ctx.fail(Problems.unavailable("This function could not start: its database is not ready for it."));
        } else {
            ctx.next();
        }
    }
}
