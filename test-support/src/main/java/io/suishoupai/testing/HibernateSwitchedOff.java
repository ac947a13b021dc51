package io.suishoupai.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.runtime.Reactive;

/**
 * The check every function built without Hibernate's processing makes (its META-INF/microprofile-config.properties
 * sets {@code quarkus.hibernate-orm.enabled=false}): no Hibernate session can be opened there, so every other test of
 * that module shows its call needs none. A module extends it with its own {@code @QuarkusTest} class.
 */
public abstract class HibernateSwitchedOff {

    @Inject
    Reactive reactive;

    @Test
    void noHibernateSessionOpens() {
        assertThrows(RuntimeException.class, () -> reactive.sessionAndWait(() -> Uni.createFrom().item(1)));
    }
}
