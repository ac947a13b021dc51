package io.suishoupai.shared.runtime;

import java.time.Duration;

/**
 * The one rule for reference data a process keeps (category and department names, the working calendar): it holds
 * what it read for {@link #TTL}, and a save through the same process clears it at once. So a change shows in the
 * process that made it at the next call, and in a function deployed apart within {@link #TTL}.
 */
public final class ReferenceCaching {

    /** How long another process's change to reference data may take to show in this one. */
    public static final Duration TTL = Duration.ofSeconds(30);

    private ReferenceCaching() {
    }
}
