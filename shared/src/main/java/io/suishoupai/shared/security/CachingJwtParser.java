package io.suishoupai.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.suishoupai.shared.config.SuishoupaiConfig;

/**
 * The parser SmallRye JWT's authentication uses, in place of its default one: a bearer token verified once is
 * remembered ({@link VerifiedTokens}) until it expires or for {@code suishoupai.security.token-cache-ttl}, so a
 * citizen's or a handler's next calls do not parse and verify it again. A token that fails is never remembered.
 * Only {@link #parse(String)} (the configured keys and checks) remembers; the rest is the default parser's.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    @Inject
    SuishoupaiConfig config;

    private VerifiedTokens<JsonWebToken> verified;

    @PostConstruct
    void sizeTheCache() {
        verified = new VerifiedTokens<>(config.security().tokenCacheSize(), config.security().tokenCacheTtl());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        var known = verified.find(token, now);
        if (known.isPresent()) {
            return known.get();
        }
        JsonWebToken jwt = super.parse(token);
        verified.remember(token, jwt, jwt.getExpirationTime(), now);
        return jwt;
    }
}
