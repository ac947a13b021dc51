package io.suishoupai.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenLifetimeTest {

    static final TokenLifetime DEFAULTS = new TokenLifetime(Duration.ofHours(24), Duration.ofDays(400),
            Duration.ofSeconds(60));
    static final long NOW = 1_800_000_000L;

    @Test
    void ordinaryTokensPass() {
        assertEquals(Optional.empty(), DEFAULTS.refusal(NOW - 10, NOW + 3600, NOW, Set.of(Role.CITIZEN)));
        assertEquals(Optional.empty(), DEFAULTS.refusal(NOW + 30, NOW + 3630, NOW, Set.of(Role.ADMIN)), "within skew");
        assertEquals(Optional.empty(), DEFAULTS.refusal(NOW, NOW + 86_400, NOW, Set.of(Role.SCREENER)));
    }

    @Test
    void centuryTokensFutureTokensAndTokensWithoutIatAreRefused() {
        assertTrue(DEFAULTS.refusal(NOW, NOW + 100L * 365 * 86_400, NOW, Set.of(Role.ADMIN)).isPresent());
        assertTrue(DEFAULTS.refusal(NOW + 86_400, NOW + 90_000, NOW, Set.of(Role.CITIZEN)).isPresent());
        assertTrue(DEFAULTS.refusal(0, NOW + 60, NOW, Set.of(Role.CITIZEN)).isPresent());
    }

    @Test
    void onlyAScheduleOnlyTokenMayLiveLong() {
        long year = 365L * 86_400;
        assertEquals(Optional.empty(), DEFAULTS.refusal(NOW, NOW + year, NOW, Set.of(Role.SCHEDULER)));
        assertTrue(DEFAULTS.refusal(NOW, NOW + year, NOW, Set.of(Role.SCHEDULER, Role.ADMIN)).isPresent());
        assertTrue(DEFAULTS.refusal(NOW, NOW + 2 * year, NOW, Set.of(Role.SCHEDULER)).isPresent());
    }
}
