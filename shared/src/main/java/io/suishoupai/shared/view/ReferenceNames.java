package io.suishoupai.shared.view;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.suishoupai.shared.runtime.ReferenceCaching;
import io.suishoupai.shared.runtime.RowJson;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Categories and departments by code, for naming them in lists (a few dozen rows each), cached: every list a caller
 * reads names them, and two round trips per call for rows that change a few times a year was most of a search's
 * cost. The rule: a process keeps what it read for {@link #TTL}; a save through this process (save-category,
 * save-department) clears it at once, so in one process a change is seen by the next call, and a function
 * deployed apart sees it within {@link #TTL}. The entities held are plain copies, read for their names and a few
 * fields.
 */
@ApplicationScoped
public class ReferenceNames {

    /** How long another process's change to a category or department may take to show in this one's lists. */
    public static final Duration TTL = ReferenceCaching.TTL;

    public record Names(Map<String, Category> categories, Map<String, Department> departments) {
    }

    private record Loaded(Names names, long atNanos) {
    }

    private volatile Loaded loaded;

    @Inject
    Pool pool;

    @Inject
    RowJson rows;

    /**
     * Needs no unit of work: when the cached names are older than {@link #TTL} it reads both tables in one statement
     * straight on the pool (so a read composed in one statement, like a search, needs no connection of its own).
     */
    public Uni<Names> load() {
        Loaded held = loaded;
        long now = System.nanoTime();
        if (held != null && now - held.atNanos() < TTL.toNanos()) {
            return Uni.createFrom().item(held.names());
        }
        return pool.query(BOTH).execute().map(result -> {
            JsonNode both = rows.read(result.iterator().next().getString(0), JsonNode.class);
            return new Names(byCode(both.get("categories"), Category.class, c -> c.code),
                    byCode(both.get("departments"), Department.class, d -> d.code));
        }).invoke(names -> loaded = new Loaded(names, now));
    }

    private static final String BOTH = "SELECT json_build_object("
            + "'categories', coalesce((SELECT json_agg(k) FROM category k), '[]'), "
            + "'departments', coalesce((SELECT json_agg(d) FROM department d), '[]'))::text";

    private <T> Map<String, T> byCode(JsonNode list, Class<T> type, Function<T, String> code) {
        Map<String, T> byCode = new java.util.HashMap<>();
        for (JsonNode row : list) {
            T entity = rows.entity(row, type);
            byCode.put(code.apply(entity), entity);
        }
        return Map.copyOf(byCode);
    }

    /** A category or department was saved: the next call reads them afresh. */
    public void invalidate() {
        loaded = null;
    }
}
