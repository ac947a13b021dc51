package io.suishoupai.shared.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded memory of tokens whose signature and claims were checked, so a caller's next calls with the same token
 * skip parsing and verifying it again (about a fifth of a cheap staff read's CPU). Keyed by the whole token: a hit
 * is the very string that was verified. Only verified tokens get in, so a stranger cannot fill it; each is kept
 * until its expiry or for the time to live, whichever comes first — the time to live bounds how long a token signed
 * with a key since withdrawn (a rotated JWKS) is still accepted. Full, it keeps what it holds and remembers nothing
 * new until entries expire: a miss then costs what every call cost before.
 */
public final class VerifiedTokens<T> {

    private record Entry<T>(T value, long validUntilMillis) {
    }

    private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final long timeToLiveMillis;

    public VerifiedTokens(int capacity, Duration timeToLive) {
        this.capacity = Math.max(0, capacity);
        this.timeToLiveMillis = Math.max(0, timeToLive.toMillis());
    }

    /** The verified value of this exact token, unless it expired or outlived the time to live. */
    public Optional<T> find(String token, long nowMillis) {
        Entry<T> entry = entries.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (nowMillis >= entry.validUntilMillis()) {
            entries.remove(token, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Remembers a token just verified, which expires at {@code expiresAtEpochSecond} (its exp claim). */
    public void remember(String token, T value, long expiresAtEpochSecond, long nowMillis) {
        if (capacity == 0 || timeToLiveMillis == 0) {
            return;
        }
        // an exp claim may be any number a token's signer chose: saturate rather than overflow
        long expiresAtMillis = Math.min(expiresAtEpochSecond, Long.MAX_VALUE / 1000) * 1000;
        long validUntil = Math.min(expiresAtMillis, nowMillis + timeToLiveMillis);
        if (validUntil <= nowMillis) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(entry -> entry.validUntilMillis() <= nowMillis);
            if (entries.size() >= capacity) {
                return;
            }
        }
        entries.put(token, new Entry<>(value, validUntil));
    }

    int size() {
        return entries.size();
    }
}
