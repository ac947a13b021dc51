package bench.floor;

import io.quarkus.funqy.Funq;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;

/** The floor's one call: a round trip to the function's database, so the floor pays for connecting as the function does. */
public class PingFunction {

    @Inject
    Pool pool;

    @Funq("ping")
    public Uni<Integer> ping() {
        return pool.query("SELECT 1").execute().map(rows -> rows.iterator().next().getInteger(0));
    }
}
