package io.suishoupai.shared.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.smallrye.mutiny.Uni;

/**
 * Applies {@link TokenLifetime} where authentication happens, so a refused token is 401 on every path — public
 * functions included, as an expired token is — not only where a function asks for its caller.
 */
@ApplicationScoped
public class TokenLifetimeCheck implements SecurityIdentityAugmentor {

    @Inject
    SuishoupaiConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        var security = config.security();
        var lifetime = new TokenLifetime(security.maxTokenLifetime(), security.maxSchedulerTokenLifetime(),
                security.clockSkew());
        var refusal = lifetime.refusal(jwt.getIssuedAtTime(), jwt.getExpirationTime(), Instant.now().getEpochSecond(),
                Caller.rolesOf(identity.getRoles()));
        return refusal.isPresent() ? Uni.createFrom().failure(new AuthenticationFailedException(refusal.get()))
                : Uni.createFrom().item(identity);
    }
}
