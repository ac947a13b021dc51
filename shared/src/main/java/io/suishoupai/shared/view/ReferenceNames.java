package io.suishoupai.shared.view;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.smallrye.mutiny.Uni;

/**
 * Categories and departments by code, for naming them in lists (a few dozen rows each), cached: every list a caller
 * reads names them, and two round trips per call for rows that change a few times a year was most of a search's
 * cost. The rule: a process keeps what it read for {@link #TTL}; a save through this process (save-category,
 * save-department) clears it at once, so in one process a change is seen by the next call, and a function
 * deployed apart sees it within {@link #TTL}. The entities held are detached copies, read for their names only.
 */
@ApplicationScoped
public class ReferenceNames {

    /** How long another process's change to a category or department may take to show in this one's lists. */
    public static final Duration TTL = Duration.ofSeconds(30);

    public record Names(Map<String, Category> categories, Map<String, Department> departments) {
    }

    private record Loaded(Names names, long atNanos) {
    }

    private volatile Loaded loaded;

    /** Must run inside a session (it reads the tables when the cached names are older than {@link #TTL}). */
    public Uni<Names> load() {
        Loaded held = loaded;
        long now = System.nanoTime();
        if (held != null && now - held.atNanos() < TTL.toNanos()) {
            return Uni.createFrom().item(held.names());
        }
        return Category.<Category>listAll().chain(categories -> Department.<Department>listAll().map(departments -> new Names(
                categories.stream().collect(Collectors.toUnmodifiableMap(c -> c.code, Function.identity())),
                departments.stream().collect(Collectors.toUnmodifiableMap(d -> d.code, Function.identity())))))
                .invoke(names -> loaded = new Loaded(names, now));
    }

    /** A category or department was saved: the next call reads them afresh. */
    public void invalidate() {
        loaded = null;
    }
}
