package io.suishoupai.shared.runtime;

import java.time.Duration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Bounds every statement of the current transaction (PostgreSQL's {@code statement_timeout}, local to it): a query
 * past the bound is cancelled by the server, and the failure classifier answers 503. Must run inside a transaction.
 */
public final class StatementTimeout {

    private StatementTimeout() {
    }

    public static Uni<Void> forThisTransaction(Duration bound) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT set_config('statement_timeout', ?1, true)", String.class)
                .setParameter(1, Long.toString(bound.toMillis())).getSingleResult()).replaceWithVoid();
    }
}
