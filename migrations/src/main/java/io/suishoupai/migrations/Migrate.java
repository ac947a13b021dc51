package io.suishoupai.migrations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import io.suishoupai.shared.security.RdsIamToken;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

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
    /** "true": no password; an RDS IAM token signed with the runtime's role (AWS_REGION names the region). */
    public static final String IAM_AUTH = "SUISHOUPAI_DB_IAM_AUTH";

    /** The password to connect with: the configured one, or a fresh RDS IAM token (valid 15 minutes). */
    public static String password(java.util.Map<String, String> env) {
        if (!"true".equalsIgnoreCase(env.get(IAM_AUTH))) {
            return env.get(PASSWORD);
        }
        var endpoint = RdsIamToken.Endpoint.of(env.get(JDBC_URL).replaceFirst("^jdbc:", ""));
        try (var role = DefaultCredentialsProvider.builder().build()) {
            return RdsIamToken.generate(endpoint.host(), endpoint.port(), env.get(USER), env.get("AWS_REGION"),
                    role.resolveCredentials(), java.time.Clock.systemUTC());
        }
    }

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
        String password = password(System.getenv());
        MigrateResult result = migrate(url, System.getenv(USER), password);
        System.out.printf("Schema at version %s (%d migrations applied)%n",
                currentVersion(url, System.getenv(USER), password), result.migrationsExecuted);
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
