package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.embedded.DemoData;
import io.suishoupai.migrations.Migrate;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * The embedded defaults' demo data is written into a database without areas, once, and never into one where a
 * city saved its own.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class DemoDataTest {

    static String freshDatabase(String name) {
        TestInfra.execute("drop database if exists " + name);
        TestInfra.execute("create database " + name);
        String url = TestInfra.jdbcUrl().replaceAll("/[^/]+$", "/" + name);
        Migrate.migrate(url, "postgres", "postgres");
        return url;
    }

    static long count(String url, String sql) throws Exception {
        try (var db = DriverManager.getConnection(url, "postgres", "postgres"); var st = db.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void writtenOnceIntoAnEmptyCity() throws Exception {
        String url = freshDatabase("demo_empty");
        assertTrue(DemoData.seedIfNoAreas(url, "postgres", "postgres"));
        assertEquals(64, count(url, "select count(*) from area where kind = 'GRID' and name like '【演示】%'"));
        assertEquals(68, count(url, "select count(*) from area"));
        assertEquals(1, count(url, "select count(*) from component"));
        assertFalse(DemoData.seedIfNoAreas(url, "postgres", "postgres"), "the second start writes nothing");
        assertEquals(68, count(url, "select count(*) from area"));
    }

    @Test
    void neverIntoACityWithItsOwnAreas() throws Exception {
        String url = freshDatabase("demo_city");
        try (var db = DriverManager.getConnection(url, "postgres", "postgres"); var st = db.createStatement()) {
            st.execute("insert into area (code, name, kind, geojson, min_lat, max_lat, min_lon, max_lon) values "
                    + "('421202', '咸安区', 'DISTRICT', '{\"type\":\"Polygon\",\"coordinates\":[[[114,29],[115,29],"
                    + "[115,30],[114,29]]]}', 29, 30, 114, 115)");
        }
        assertFalse(DemoData.seedIfNoAreas(url, "postgres", "postgres"));
        assertEquals(0, count(url, "select count(*) from area where name like '【演示】%'"));
        assertEquals(0, count(url, "select count(*) from component"));
    }
}
