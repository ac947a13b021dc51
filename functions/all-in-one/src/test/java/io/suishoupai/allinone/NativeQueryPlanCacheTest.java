package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.intake.service.CaseNumbers;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.runtime.StatementTimeout;
import io.suishoupai.shared.runtime.TransactionLock;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.smallrye.mutiny.Uni;

/**
 * Repeating the native statements every report runs adds nothing to Hibernate's query plan cache. Hibernate Reactive
 * 3.2 keys a native select's cached plan by its SQL's hash and by its result mapping's identity, so no call ever found
 * the plan an earlier one had cached: each added an entry under the same hash, and each lookup walked them all (a
 * profile of intake after 10 000 reports: a quarter of its CPU). The plan cache is off
 * ({@code hibernate.query.plan_cache_enabled}); this fails if it comes back on with the same flaw. Here, in the
 * all-in-one app: report-intake itself now runs without Hibernate, the functions that keep it run here.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class NativeQueryPlanCacheTest {

    @Inject
    Reactive reactive;

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Inject
    CaseNumbers caseNumbers;

    Uni<Void> aReportsLockTimeoutAndNumber(int i) {
        return TransactionLock.hold("intake", "plan-cache-" + i)
                .chain(() -> StatementTimeout.forThisTransaction(Duration.ofSeconds(5)))
                .chain(() -> caseNumbers.next(Instant.now()))
                .replaceWithVoid();
    }

    /** How many query plans Hibernate holds (read from inside Hibernate Reactive's factory: no API offers it). */
    int cachedPlans() throws Exception {
        Object factory = ClientProxy.unwrap(sessionFactory);
        Field delegate = factory.getClass().getDeclaredField("delegate");
        delegate.setAccessible(true);
        return ((SessionFactoryImplementor) delegate.get(factory)).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    @Test
    void repeatedNativeSelectsAddNoPlans() throws Exception {
        for (int i = 0; i < 3; i++) {
            int n = i;
            reactive.transactionAndWait(() -> aReportsLockTimeoutAndNumber(n));
        }
        int plans = cachedPlans();
        for (int i = 3; i < 23; i++) {
            int n = i;
            reactive.transactionAndWait(() -> aReportsLockTimeoutAndNumber(n));
        }
        assertEquals(plans, cachedPlans(), "twenty more rounds of the same three statements");
    }
}
