package io.suishoupai.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final long NOW = 1_800_000_000_000L; // epoch millis
    static final long IN_AN_HOUR = NOW / 1000 + 3600; // an exp claim, epoch seconds

    final VerifiedTokens<String> tokens = new VerifiedTokens<>(3, Duration.ofMinutes(5));

    @Test
    void aVerifiedTokenIsFoundByItsExactString() {
        tokens.remember("a.b.c", "alice", IN_AN_HOUR, NOW);
        assertEquals(Optional.of("alice"), tokens.find("a.b.c", NOW + 1000));
        assertEquals(Optional.empty(), tokens.find("a.b.d", NOW + 1000), "one character off is another token");
    }

    @Test
    void noLongerThanItsExpiry() {
        long expiresInTenSeconds = NOW / 1000 + 10;
        tokens.remember("t", "bob", expiresInTenSeconds, NOW);
        assertTrue(tokens.find("t", NOW + 9_999).isPresent());
        assertEquals(Optional.empty(), tokens.find("t", NOW + 10_000), "at its exp it is gone, as SmallRye would refuse it");
        assertEquals(0, tokens.size());
    }

    @Test
    void noLongerThanTheTimeToLive() {
        tokens.remember("t", "carol", IN_AN_HOUR, NOW);
        assertTrue(tokens.find("t", NOW + Duration.ofMinutes(5).toMillis() - 1).isPresent());
        assertEquals(Optional.empty(), tokens.find("t", NOW + Duration.ofMinutes(5).toMillis()),
                "a token signed by a withdrawn key is verified again within the time to live");
    }

    @Test
    void anExpiryAtTheEndOfTimeIsHeldForTheTimeToLive() {
        tokens.remember("t", "erin", Long.MAX_VALUE, NOW);
        assertTrue(tokens.find("t", NOW + Duration.ofMinutes(5).toMillis() - 1).isPresent());
        assertEquals(Optional.empty(), tokens.find("t", NOW + Duration.ofMinutes(5).toMillis()));
    }

    @Test
    void anExpiredTokenIsNotRemembered() {
        tokens.remember("t", "dave", NOW / 1000, NOW);
        assertEquals(0, tokens.size());
    }

    @Test
    void fullItKeepsWhatItHoldsUntilEntriesExpire() {
        tokens.remember("1", "one", NOW / 1000 + 10, NOW);
        tokens.remember("2", "two", IN_AN_HOUR, NOW);
        tokens.remember("3", "three", IN_AN_HOUR, NOW);
        tokens.remember("4", "four", IN_AN_HOUR, NOW);
        assertEquals(3, tokens.size());
        assertEquals(Optional.empty(), tokens.find("4", NOW), "full: the new one is verified every call");
        tokens.remember("4", "four", IN_AN_HOUR, NOW + 10_000);
        assertEquals(Optional.of("four"), tokens.find("4", NOW + 10_000), "the expired one made room");
        assertEquals(3, tokens.size());
    }

    @Test
    void sizeOrTimeToLiveZeroRemembersNothing() {
        var off = new VerifiedTokens<String>(0, Duration.ofMinutes(5));
        off.remember("t", "x", IN_AN_HOUR, NOW);
        assertEquals(Optional.empty(), off.find("t", NOW));
        var noTime = new VerifiedTokens<String>(10, Duration.ZERO);
        noTime.remember("t", "x", IN_AN_HOUR, NOW);
        assertEquals(Optional.empty(), noTime.find("t", NOW));
    }
}
