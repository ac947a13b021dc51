package io.suishoupai.migrations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The migration entry point: applies shared's versioned scripts ({@code classpath:db/migration}) to a database.
 * Run once per release, before the functions of that release start:
 * {@code SUISHOUPAI_DB_JDBC_URL=jdbc:postgresql://host/db SUISHOUPAI_DB_USER=… SUISHOUPAI_DB_PASSWORD=… mvn -pl migrations exec:java}
 */
public final class Migrate {

    private Migrate() {
    }

    public static MigrateResult migrate(String jdbcUrl, String user, String password) {
        return Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration")
                .connectRetries(3)
                .load()
                .migrate();
    }

    public static void main(String[] args) {
        String url = required("SUISHOUPAI_DB_JDBC_URL");
        MigrateResult result = migrate(url, System.getenv("SUISHOUPAI_DB_USER"), System.getenv("SUISHOUPAI_DB_PASSWORD"));
        System.out.printf("Schema at version %s (%d migrations applied)%n", result.targetSchemaVersion,
                result.migrationsExecuted);
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
