package io.suishoupai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.suishoupai.embedded.EmbeddedInfra;

/**
 * Starts real servers for a test run — embedded PostgreSQL (migrated and seeded) and S3Proxy with the bucket —
 * plus a dev key pair, and points the functions at them. Tests reach the same servers through {@link TestInfra}.
 */
public class SuishoupaiTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "suishoupai-test-media";

    /** Init arg: "production" keeps the production abuse limits (AbuseLimitsTest); otherwise they are lifted. */
    public static final String LIMITS = "limits";

    /** Init arg: the audience tokens must carry (mp.jwt.verify.audiences), as production configures it. */
    public static final String AUDIENCE = "audience";

    /**
     * Init arg: "external" leaves token verification (mp.jwt.verify.publickey.location and issuer) to another test
     * resource — a real OpenID provider's JWKS (the web clients' sign-in tests); tokens minted here are refused.
     */
    public static final String JWT = "jwt";

    private boolean externalJwt;
    private EmbeddedInfra infra;
    private FaultSwitch faultSwitch;
    private boolean productionLimits;
    private Map<String, String> published = Map.of();
    private String audience;

    @Override
    public void init(Map<String, String> initArgs) {
        productionLimits = "production".equals(initArgs.get(LIMITS));
        audience = initArgs.get(AUDIENCE);
        externalJwt = "external".equals(initArgs.get(JWT));
    }

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("suishoupai-test-");
            infra = EmbeddedInfra.start(dir, false, BUCKET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>(infra.quarkusConfig());
        // tests drive reminder runs and deliveries themselves, at the times they choose
        config.put("quarkus.scheduler.enabled", "false");
        if (externalJwt) {
            config.remove("mp.jwt.verify.publickey.location");
            config.remove("mp.jwt.verify.issuer");
        }
        if (audience != null) {
            config.put("mp.jwt.verify.audiences", audience);
        }
        if (!productionLimits) {
            // tests call as few callers many times; AbuseLimitsTest runs with the production limits
            config.put("suishoupai.limits.sign-uploads-per-window", "1000000");
            config.put("suishoupai.limits.submit-report-per-window", "1000000");
            config.put("suishoupai.limits.pending-uploads", "1000000");
        } else {
            config.put("suishoupai.notifications.allow-private-targets", "false"); // production's webhook policy too
        }
        config.put(TestInfra.JDBC_URL, infra.postgres().jdbcUrl());
        config.put(TestInfra.PRIVATE_KEY, infra.keys().privateKeyPem().toString());
        config.put(TestInfra.S3_BASE_DIR, infra.dataDir().resolve("objects").toString());
        faultSwitch = FaultSwitch.open(infra);
        config.put(FaultSwitch.PORT, Integer.toString(faultSwitch.port()));
        // the test code reads these too; system properties reach it whichever class loader it runs in
        config.forEach(System::setProperty);
        published = config;
        return config;
    }

    @Override
    public void stop() {
        // the next test class may start other servers or settings: leave no stale system property behind
        published.keySet().forEach(System::clearProperty);
        if (faultSwitch != null) {
            faultSwitch.close();
        }
        if (infra != null) {
            infra.close();
        }
    }
}
