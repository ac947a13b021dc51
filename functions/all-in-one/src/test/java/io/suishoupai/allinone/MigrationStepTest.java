package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.migrations.Migrate;
import io.suishoupai.migrations.MigrateHandler;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * The deploy step (the Lambda handler Terraform invokes once per release) migrates an empty database to the
 * current version, is a no-op the second time, and refuses to run unconfigured. The functions themselves only
 * validate the schema at start (quarkus.hibernate-orm.schema-management.strategy=validate): this test class runs on
 * an app that started against the migrated schema.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class MigrationStepTest {

    @Test
    void migratesAFreshDatabaseOnceAndThenDoesNothing() throws Exception {
        TestInfra.execute("drop database if exists release_check");
        TestInfra.execute("create database release_check");
        String url = TestInfra.jdbcUrl().replaceAll("/[^/]+$", "/release_check");
        MigrateHandler handler = new MigrateHandler(Map.of(Migrate.JDBC_URL, url, Migrate.USER, "postgres",
                Migrate.PASSWORD, "postgres"));

        int latest = latestMigration();
        Map<String, Object> first = handler.handleRequest(Map.of("release", "0.1.0"), null);
        Map<String, Object> second = handler.handleRequest(Map.of("release", "0.1.0"), null);

        assertEquals(Integer.toString(latest), first.get("schemaVersion"));
        assertEquals(latest, first.get("migrationsApplied"));
        assertEquals(Integer.toString(latest), second.get("schemaVersion"));
        assertEquals(0, second.get("migrationsApplied"));
        assertEquals("0.1.0", second.get("release"));
    }

    /** The highest V<n>__ script in shared's db/migration. */
    static int latestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../../shared/src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    @Test
    void refusesToRunWithoutADatabase() {
        assertThrows(IllegalStateException.class, () -> new MigrateHandler(Map.of()).handleRequest(Map.of(), null));
    }
}
