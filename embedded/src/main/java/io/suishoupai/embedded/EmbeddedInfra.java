package io.suishoupai.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.suishoupai.migrations.Migrate;

/**
 * Everything a Suishoupai process needs when nothing is configured: PostgreSQL (migrated, seeded), an S3 server
 * with the bucket, and dev JWT keys. {@link #quarkusConfig()} is the configuration that points the functions at
 * them.
 */
public final class EmbeddedInfra implements AutoCloseable {

    public static final String ISSUER = "https://suishoupai.local/dev";
    public static final String ACCESS_KEY = "suishoupai-local";
    public static final String SECRET_KEY = "suishoupai-local-secret";

    private final Path dataDir;
    private final boolean keepData;
    private final EmbeddedPostgresServer postgres;
    private final S3ProxyServer s3;
    private final DevKeys keys;
    private final String bucket;

    private EmbeddedInfra(Path dataDir, boolean keepData, EmbeddedPostgresServer postgres, S3ProxyServer s3,
            DevKeys keys, String bucket) {
        this.dataDir = dataDir;
        this.keepData = keepData;
        this.postgres = postgres;
        this.s3 = s3;
        this.keys = keys;
        this.bucket = bucket;
    }

    /**
     * @param dataDir where the database, the objects and the keys live
     * @param keepData true: reuse what a previous run left (the all-in-one app); false: start clean (tests)
     */
    public static EmbeddedInfra start(Path dataDir, boolean keepData, String bucket) {
        DevKeys keys = DevKeys.loadOrCreate(dataDir.resolve("jwt"));
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), keepData);
        Migrate.migrate(postgres.jdbcUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
        Path objects = dataDir.resolve("objects");
        S3ProxyServer s3 = S3ProxyServer.start(dataDir.resolve("s3proxy"), objects, ACCESS_KEY, SECRET_KEY);
        s3.createBucket(objects, bucket);
        return new EmbeddedInfra(dataDir, keepData, postgres, s3, keys, bucket);
    }

    /** Quarkus configuration pointing the functions at these servers. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl());
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
        config.put("quarkus.s3.endpoint-override", s3.endpoint());
        config.put("quarkus.s3.path-style-access", "true");
        config.put("quarkus.s3.aws.region", "us-east-1");
        config.put("quarkus.s3.aws.credentials.type", "static");
        config.put("quarkus.s3.aws.credentials.static-provider.access-key-id", ACCESS_KEY);
        config.put("quarkus.s3.aws.credentials.static-provider.secret-access-key", SECRET_KEY);
        config.put("suishoupai.storage.bucket", bucket);
        // on one machine the webhook receivers are local too
        config.put("suishoupai.notifications.allow-private-targets", "true");
        config.put("mp.jwt.verify.publickey.location", keys.publicKeyPem().toUri().toString());
        config.put("mp.jwt.verify.issuer", ISSUER);
        config.put("smallrye.jwt.sign.key.location", keys.privateKeyPem().toUri().toString());
        config.put("smallrye.jwt.new-token.issuer", ISSUER);
        return config;
    }

    public Path dataDir() {
        return dataDir;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public S3ProxyServer s3() {
        return s3;
    }

    public DevKeys keys() {
        return keys;
    }

    @Override
    public void close() {
        s3.close();
        postgres.close();
        if (!keepData) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a leftover temporary directory is not worth failing a shutdown for
        }
    }
}
