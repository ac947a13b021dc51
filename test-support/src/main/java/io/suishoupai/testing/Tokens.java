package io.suishoupai.testing;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.suishoupai.embedded.DevKeys;
import io.suishoupai.embedded.EmbeddedInfra;

/** Real RS256-signed JWTs for tests, with the key pair the functions verify against. */
public final class Tokens {

    private Tokens() {
    }

    public static String citizen(String sub) {
        return of(sub, null, "citizen");
    }

    public static String staff(String sub) {
        return of(sub, null, "staff");
    }

    public static String of(String sub, String dept, String... roles) {
        return claims(sub, dept, roles).sign(privateKey());
    }

    /** A handler who leads their department ("lead": true). */
    public static String lead(String sub, String dept) {
        return claims(sub, dept, "handler").claim("lead", true).sign(privateKey());
    }

    public static JwtClaimsBuilder claims(String sub, String dept, String... roles) {
        JwtClaimsBuilder builder = Jwt.issuer(EmbeddedInfra.ISSUER).subject(sub).groups(Set.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600));
        if (dept != null) {
            builder.claim("dept", dept);
        }
        return builder;
    }

    public static PrivateKey privateKey() {
        try {
            return DevKeys.readPrivateKey(Path.of(TestInfra.property(TestInfra.PRIVATE_KEY)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key the functions do not trust: tokens signed with it must be refused. */
    public static PrivateKey otherPrivateKey() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
