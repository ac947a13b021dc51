package io.suishoupai.migrations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The migration entry point: applies shared's versioned scripts ({@code classpath:db/migration}) to a database.
 * Run once per release, before the functions of that release start:
 * {@code SUISHOUPAI_DB_JDBC_URL=jdbc:postgresql://host/db SUISHOUPAI_DB_USER=… SUISHOUPAI_DB_PASSWORD=…
 * java -jar migrations/target/migrations-0.1.0-SNAPSHOT-lambda.jar}, or in AWS as {@link MigrateHandler}.
 */
public final class Migrate {

    public static final String JDBC_URL = "SUISHOUPAI_DB_JDBC_URL";
    public static final String USER = "SUISHOUPAI_DB_USER";
    public static final String PASSWORD = "SUISHOUPAI_DB_PASSWORD";

    private Migrate() {
    }

    public static MigrateResult migrate(String jdbcUrl, String user, String password) {
        return flyway(jdbcUrl, user, password).migrate();
    }

    /** The version the database is at now (after a migration that had nothing to do, the result names none). */
    public static String currentVersion(String jdbcUrl, String user, String password) {
        var current = flyway(jdbcUrl, user, password).info().current();
        return current == null ? null : current.getVersion().getVersion();
    }

    private static Flyway flyway(String jdbcUrl, String user, String password) {
        return Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration")
                .connectRetries(3)
                .load();
    }

    public static void main(String[] args) {
        String url = required(JDBC_URL);
        MigrateResult result = migrate(url, System.getenv(USER), System.getenv(PASSWORD));
        System.out.printf("Schema at version %s (%d migrations applied)%n",
                currentVersion(url, System.getenv(USER), System.getenv(PASSWORD)), result.migrationsExecuted);
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println("Set " + name + " (and SUISHOUPAI_DB_USER, SUISHOUPAI_DB_PASSWORD).");
            System.exit(2);
        }
        return value;
    }
}
