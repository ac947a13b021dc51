package io.suishoupai.hibernate;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;

import jakarta.persistence.OptimisticLockException;

/**
 * What a failure of Hibernate's means, told to shared's {@code FailureClassifier} in the JDK's terms: shared cannot
 * name this module's types (shared depends on this module, and upload-signing leaves both it and Hibernate out, so a
 * type of Hibernate's in shared's reachable code would not even link in a native image). It injects this bean by
 * its name as a {@code Function<Throwable, String>}.
 */
@ApplicationScoped
@Named(HibernateFailures.NAME)
public class HibernateFailures implements Function<Throwable, String> {

    /** The name shared injects this by (written out there too: shared must not refer to this class). */
    public static final String NAME = "suishoupai-hibernate-failures";

    /** Someone else changed the row first (a version check failed). */
    public static final String OPTIMISTIC_LOCK = "OPTIMISTIC_LOCK";

    /**
     * {@link #OPTIMISTIC_LOCK}, or the SQL state of a database error Hibernate Reactive handed over as its own
     * exception, or null when the failure is none of Hibernate's.
     */
    @Override
    public String apply(Throwable failure) {
        if (failure instanceof OptimisticLockException || failure instanceof StaleStateException) {
            return OPTIMISTIC_LOCK;
        }
        if (failure instanceof JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return null;
    }
}
