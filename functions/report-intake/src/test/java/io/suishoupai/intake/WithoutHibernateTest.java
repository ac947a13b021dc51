package io.suishoupai.intake;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * report-intake runs with Hibernate switched off (its META-INF/microprofile-config.properties): no session
 * can be opened here, so every other test of this module shows its call needs none.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class WithoutHibernateTest {

    @Inject
    Reactive reactive;

    @Test
    void noHibernateSessionOpens() {
        assertThrows(RuntimeException.class, () -> reactive.sessionAndWait(() -> Uni.createFrom().item(1)));
    }
}
