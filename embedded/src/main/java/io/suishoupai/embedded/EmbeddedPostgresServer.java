package io.suishoupai.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * zonky's embedded PostgreSQL. As root it runs the server through a user namespace ({@code unshare}), which
 * zonky does by itself. The data directory outlives a {@link #stop()}: {@link #start()} brings the same database
 * back on the same port (fault tests stop it under a running app and expect that app to recover).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final String DATABASE = "postgres";

    private final Path dataDir;
    private final boolean durable;
    private final int port;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDir, boolean durable, int port) {
        this.dataDir = dataDir;
        this.durable = durable;
        this.port = port;
    }

    /**
     * @param durable true: fsync on (the all-in-one app's data); false: fsync off (throw-away test data)
     */
    public static EmbeddedPostgresServer start(Path dataDir, boolean durable) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, durable, FreePort.pick());
        server.start();
        return server;
    }

    /** Starts the server (again) on its data directory and port. */
    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            Files.createDirectories(dataDir.getParent());
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL could not start", e);
        }
    }

    /** Stops the server (fast shutdown: open sessions are cut); the data stays for {@link #start()}. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        stop();
    }
}
