package io.suishoupai.shared.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.RetryLaterProblem;

class ConcurrencyGateTest {

    @Test
    void aFullGateRefusesWithBusyAndRetryAfter() {
        ConcurrencyGate gate = new ConcurrencyGate(2, "statistics queries");
        try (var a = gate.enterOrRefuse(); var b = gate.enterOrRefuse()) {
            RetryLaterProblem refused = assertThrows(RetryLaterProblem.class, gate::enterOrRefuse);
            assertEquals(503, refused.status());
            assertEquals("BUSY", refused.code());
            assertEquals(1, refused.retryAfterSeconds());
            assertEquals(2, gate.inUse());
        }
        assertEquals(0, gate.inUse(), "closing frees the places");
        gate.enterOrRefuse().close();
    }

    @Test
    void closingTwiceFreesOnePlace() {
        ConcurrencyGate gate = new ConcurrencyGate(1, "x");
        var pass = gate.enterOrRefuse();
        pass.close();
        pass.close();
        try (var only = gate.enterOrRefuse()) {
            assertThrows(RetryLaterProblem.class, gate::enterOrRefuse, "a double close did not make a second place");
        }
    }

    @Test
    void manyCallersAtOnceNeverHoldMoreThanThePlaces() throws Exception {
        ConcurrencyGate gate = new ConcurrencyGate(3, "photos");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            done.add(pool.submit(() -> {
                start.await();
                try (var pass = gate.enterWithin(1, Duration.ofSeconds(30))) {
                    assertTrue(gate.inUse() <= 3);
                    Thread.sleep(2);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(gate.peak() <= 3, "never more than the places at once");
        assertEquals(0, gate.inUse());
    }

    @Test
    void weightedWorkTakesItsWeightAndTheHeaviestStillRunsAlone() {
        ConcurrencyGate kib = new ConcurrencyGate(1000, "photos");
        try (var big = kib.enterWithin(600, Duration.ofMillis(10)); var small = kib.enterWithin(300, Duration.ofMillis(10))) {
            assertEquals(900, kib.inUse());
            assertThrows(RetryLaterProblem.class, () -> kib.enterWithin(200, Duration.ofMillis(20)), "over the room");
            kib.enterWithin(100, Duration.ofMillis(10)).close();
        }
        try (var huge = kib.enterWithin(5000, Duration.ofMillis(10))) {
            assertEquals(1000, kib.inUse(), "heavier than the gate: takes all of it, alone");
        }
        assertEquals(0, kib.inUse());
        assertEquals(1000, kib.peak());
    }

    @Test
    void aBoundedWaitEndsInBusy() {
        ConcurrencyGate gate = new ConcurrencyGate(1, "photos");
        try (var held = gate.enterOrRefuse()) {
            assertThrows(RetryLaterProblem.class, () -> gate.enterWithin(1, Duration.ofMillis(50)));
        }
    }
}
