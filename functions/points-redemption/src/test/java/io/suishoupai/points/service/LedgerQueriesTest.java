package io.suishoupai.points.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The ledger's queries answer inside a session, and refuse to run outside one: "inside a session" is enforced by
 * Panache's session lookup, not a comment.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class LedgerQueriesTest {

    @Inject
    PointsLedger ledger;

    @Inject
    Reactive reactive;

    @Test
    void aLedgerQueryRunsInsideASession() {
        assertEquals(0L, reactive.sessionAndWait(() -> ledger.earnedSince("nobody-yet", Instant.EPOCH)));
        assertEquals(0L, reactive.sessionAndWait(() -> ledger.entries("nobody-yet", 0, 20)).total());
    }

    @Test
    void andFailsOutsideOne() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> VertxContextSupport.subscribeAndAwait(() -> ledger.earnedSince("nobody-yet", Instant.EPOCH)));
        assertTrue(e.getMessage().contains("No current Mutiny.Session"), e.getMessage());
    }
}
