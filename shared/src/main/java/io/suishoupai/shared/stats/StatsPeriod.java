package io.suishoupai.shared.stats;

import java.time.Duration;

import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;

/**
 * How long a period a caller may ask case-stats for. The query's cost grows with the period's cases, and the call is
 * public: anyone but the command centre's own roles gets at most {@code publicMax} (a year by default), so a flood of
 * anonymous ten-year requests cannot hold the database; the command centre and departments keep ten years.
 */
public final class StatsPeriod {

    /** The longest period anyone may ask for. */
    public static final Duration LONGEST = Duration.ofDays(3660);

    private StatsPeriod() {
    }

    public static Duration longestFor(Caller caller, Duration publicMax) {
        return caller.hasAny(Role.SCREENER, Role.INSPECTOR, Role.HANDLER, Role.ADMIN, Role.LEADER) ? LONGEST
                : publicMax.compareTo(LONGEST) < 0 ? publicMax : LONGEST;
    }
}
