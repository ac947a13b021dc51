package io.suishoupai.points.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.suishoupai.shared.points.PointsLedger;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * The ledger's queries answer inside a unit of work on the pool, and refuse to run outside one: "inside" is enforced
 * by CurrentSql's look-up of the unit's connection (with none it refuses), not by a comment.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class LedgerQueriesTest {

    @Inject
    PointsLedger ledger;

    @Inject
    Reactive reactive;

    @Test
    void aLedgerQueryRunsInsideAPoolTransaction() {
        assertEquals(0L, reactive.poolTransactionAndWait(() -> ledger.earnedSince("nobody-yet", Instant.EPOCH)));
        assertEquals(0L, reactive.poolTransactionAndWait(() -> ledger.entries("nobody-yet", 0, 20)).total());
    }

    @Test
    void andFailsOutsideOne() {
        assertThrows(RuntimeException.class,
                () -> VertxContextSupport.subscribeAndAwait(() -> ledger.earnedSince("nobody-yet", Instant.EPOCH)));
    }
}
