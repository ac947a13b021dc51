package io.suishoupai.shared.security;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.suishoupai.shared.config.SuishoupaiConfig;

/**
 * The parser SmallRye JWT's authentication uses, in place of its default one: a bearer token verified once is
 * remembered ({@link VerifiedTokens}) until it expires or for {@code suishoupai.security.token-cache-ttl}, so a
 * citizen's or a handler's next calls do not parse and verify it again. A token that fails is never remembered.
 * Everything but {@link #parse(String)} (explicit keys or contexts) goes straight to the default parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    @Inject
    DefaultJWTParser verifier;

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
        JsonWebToken jwt = verifier.parse(token);
        verified.remember(token, jwt, jwt.getExpirationTime(), now);
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
