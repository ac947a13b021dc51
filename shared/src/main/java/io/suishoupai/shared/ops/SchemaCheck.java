package io.suishoupai.shared.ops;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;

/**
 * At start, one query: the schema's version against {@link SchemaVersion#REQUIRED}. No request is served before it
 * has passed ({@link StartGate}), but it runs while the HTTP server opens rather than before: connecting to the
 * database is most of it, and a function's start waited about 0.3 s here for it (issue #19). When the check fails —
 * an older schema, no schema, no database within 30 s — the reason is logged and the process exits with status 1,
 * as a start that failed does; requests that came meanwhile are answered 503. On AWS Lambda the start waits for the
 * check as before: Lambda sends no event before the start ends anyway, and SnapStart snapshots the process when it
 * ends, which must not catch the check's connection half-open.
 */
@ApplicationScoped
public class SchemaCheck {

    private static final Logger LOG = Logger.getLogger(SchemaCheck.class);
    /** Undefined table: the database was never migrated. */
    private static final String UNDEFINED_TABLE = "42P01";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    private final StartGate gate = new StartGate();

    void register(@Observes Router router) {
        // after RequestIds (Integer.MIN_VALUE): a request held here already has its id
        router.route().order(Integer.MIN_VALUE + 1).handler(gate::handle);
    }

    void onStart(@Observes StartupEvent event) {
        if (waitsAtStart(System.getenv())) {
            verify(SchemaVersion.REQUIRED); // a failure fails the start
            gate.pass();
            return;
        }
        verdict(pool, SchemaVersion.REQUIRED).subscribe().with(problem -> {
            if (problem == null) {
                gate.pass();
            } else {
                stop(new IllegalStateException(problem));
            }
        }, this::stop);
    }

    /** Whether the start waits for the check: on AWS Lambda (its runtime sets the function's name). */
    static boolean waitsAtStart(Map<String, String> environment) {
        return environment.containsKey("AWS_LAMBDA_FUNCTION_NAME");
    }

    private void stop(Throwable why) {
        LOG.errorf("stopping: %s", why.getMessage() != null ? why.getMessage() : why);
        gate.fail(why);
        Quarkus.asyncExit(1);
    }

    /** Throws when the database cannot serve a build needing {@code required}; waits for the answer. */
    public void verify(int required) {
        String problem = verdict(pool, required).await().atMost(WAIT);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Why the database cannot serve a build needing {@code required}; null when it can. */
    private static Uni<String> verdict(Pool pool, int required) {
        return current(pool).ifNoItem().after(WAIT).fail()
                .map(current -> SchemaVersion.problem(current, required).orElse(null));
    }

    /** The version the database was last migrated to; null when it never was. */
    public static Integer currentVersion(Pool pool) {
        return current(pool).await().atMost(WAIT);
    }

    private static Uni<Integer> current(Pool pool) {
        return pool.query(SchemaVersion.CURRENT_SQL).execute()
                .map(rows -> rows.iterator().next().getInteger(0))
                .onFailure(e -> e instanceof PgException pg && UNDEFINED_TABLE.equals(pg.getSqlState()))
                .recoverWithNull();
    }
}
