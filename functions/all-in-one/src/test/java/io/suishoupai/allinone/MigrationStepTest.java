package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.migrations.Migrate;
import io.suishoupai.migrations.MigrateHandler;
import io.suishoupai.shared.ops.SchemaCheck;
import io.suishoupai.shared.ops.SchemaVersion;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;

/**
 * The deploy step (the Lambda handler Terraform invokes once per release) migrates an empty database to the
 * current version, is a no-op the second time, and refuses to run unconfigured. The functions themselves only
 * check the schema's version at start (SchemaCheck; EntityMappingTest checks every entity's columns): this test class
 * runs on an app that started against the migrated schema.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class MigrationStepTest {

    @Inject
    SchemaCheck schemaCheck;

    @Inject
    Vertx vertx;

    @Test
    void aStartNeedingALaterSchemaStopsWithWhatToDo() {
        schemaCheck.verify(SchemaVersion.REQUIRED);
        var refused = assertThrows(IllegalStateException.class, () -> schemaCheck.verify(SchemaVersion.REQUIRED + 1));
        assertEquals("the database schema is at version " + SchemaVersion.REQUIRED + "; this build needs "
                + (SchemaVersion.REQUIRED + 1) + ": run the migration step of this release first", refused.getMessage());
    }

    @Test
    void migratesAFreshDatabaseOnceAndThenDoesNothing() throws Exception {
        TestInfra.execute("drop database if exists release_check");
        TestInfra.execute("create database release_check");
        String url = TestInfra.jdbcUrl().replaceAll("/[^/]+$", "/release_check");
        MigrateHandler handler = new MigrateHandler(Map.of(Migrate.JDBC_URL, url, Migrate.USER, "postgres",
                Migrate.PASSWORD, "postgres"));

        int latest = SchemaVersion.REQUIRED; // the highest migration (SchemaVersionTest)
        var fresh = PgBuilder.pool().connectingTo(new PgConnectOptions().setHost("127.0.0.1")
                .setPort(Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"))).setDatabase("release_check")
                .setUser("postgres").setPassword("postgres")).using(vertx).build();
        try {
            assertNull(SchemaCheck.currentVersion(fresh), "a database never migrated");
            Map<String, Object> first = handler.handleRequest(Map.of("release", "0.1.0"), null);
            Map<String, Object> second = handler.handleRequest(Map.of("release", "0.1.0"), null);
            assertEquals(latest, SchemaCheck.currentVersion(fresh));
            assertMigratedOnce(latest, first, second);
        } finally {
            fresh.closeAndAwait();
        }
    }

    private static void assertMigratedOnce(int latest, Map<String, Object> first, Map<String, Object> second) {
        assertEquals(Integer.toString(latest), first.get("schemaVersion"));
        assertEquals(latest, first.get("migrationsApplied"));
        assertEquals(Integer.toString(latest), second.get("schemaVersion"));
        assertEquals(0, second.get("migrationsApplied"));
        assertEquals("0.1.0", second.get("release"));
    }

    /** Areas saved before V9 get their bounding boxes from their GeoJSON, whatever shape save-area accepted. */
    @Test
    void areasSavedBeforeTheGridGetTheirBoxes() throws Exception {
        TestInfra.execute("drop database if exists v8_areas");
        TestInfra.execute("create database v8_areas");
        String url = TestInfra.jdbcUrl().replaceAll("/[^/]+$", "/v8_areas");
        org.flywaydb.core.Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration")
                .target("8").load().migrate();
        try (var db = java.sql.DriverManager.getConnection(url, "postgres", "postgres"); var st = db.createStatement()) {
            st.execute("insert into area (code, name, kind, geojson) values ('P', 'p', 'GRID', '{\"type\":\"Polygon\","
                    + "\"coordinates\":[[[114.30,29.83],[114.34,29.83],[114.34,29.86],[114.30,29.86],[114.30,29.83]]]}'), "
                    + "('M', 'm', 'ZONE', '{\"type\":\"Feature\",\"properties\":{\"n\":[1,2]},\"geometry\":"
                    + "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[114,29],[114.1,29],[114.1,29.1],[114,29]]],"
                    + "[[[115,30],[115.2,30],[115.2,30.3],[115,30]]]]}}')");
            Migrate.migrate(url, "postgres", "postgres");
            try (var rs = st.executeQuery("select code, min_lat, max_lat, min_lon, max_lon from area order by code")) {
                rs.next();
                assertEquals("M 29.0 30.3 114.0 115.2", rs.getString(1) + " " + rs.getDouble(2) + " " + rs.getDouble(3)
                        + " " + rs.getDouble(4) + " " + rs.getDouble(5));
                rs.next();
                assertEquals("P 29.83 29.86 114.3 114.34", rs.getString(1) + " " + rs.getDouble(2) + " "
                        + rs.getDouble(3) + " " + rs.getDouble(4) + " " + rs.getDouble(5));
            }
        }
    }

    @Test
    void refusesToRunWithoutADatabase() {
        assertThrows(IllegalStateException.class, () -> new MigrateHandler(Map.of()).handleRequest(Map.of(), null));
    }
}
