package io.suishoupai.shared.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * How long a token may live, beyond the expiry SmallRye checks: it must say when it was issued, not ahead of our
 * clock by more than the skew, and live (exp − iat) no longer than the bound — a day for people, longer only for a
 * token whose sole role is the scheduler's (the scheduled triggers carry one, rotated with the signing key). A token
 * minted for a hundred years, or dated ahead to outlive its checks, is refused like an expired one.
 */
public record TokenLifetime(Duration maxLifetime, Duration maxSchedulerLifetime, Duration clockSkew) {

    /** Why the token is refused; empty when it is fine. Times are epoch seconds (0 when a claim is missing). */
    public Optional<String> refusal(long issuedAt, long expiresAt, long now, Set<Role> roles) {
        if (issuedAt <= 0) {
            return Optional.of("the token has no iat (issued-at) claim");
        }
        if (issuedAt > now + clockSkew.toSeconds()) {
            return Optional.of("the token is issued in the future");
        }
        Duration bound = roles.equals(Set.of(Role.SCHEDULER)) ? maxSchedulerLifetime : maxLifetime;
        if (expiresAt - issuedAt > bound.toSeconds()) {
            return Optional.of("the token lives longer than " + bound.toHours() + " hours");
        }
        return Optional.empty();
    }
}
