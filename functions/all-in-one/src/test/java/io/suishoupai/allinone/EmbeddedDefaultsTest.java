package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class EmbeddedDefaultsTest {

    @Test
    void embedsOnlyWhenNoDatasourceIsConfigured() {
        assertTrue(EmbeddedDefaults.nothingConfigured(Map.of(), new Properties()));

        Properties props = new Properties();
        props.setProperty("quarkus.datasource.reactive.url", "postgresql://db:5432/suishoupai");
        assertFalse(EmbeddedDefaults.nothingConfigured(Map.of(), props));

        assertFalse(EmbeddedDefaults.nothingConfigured(
                Map.of("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://db:5432/suishoupai"), new Properties()));
    }

    @Test
    void aConfiguredProcessStartsNothing() {
        assertNull(EmbeddedDefaults.applyIfNothingConfigured(
                Map.of("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://db:5432/suishoupai"), new Properties()));
    }

    @Test
    void dataDirectoryAndBucketAreConfigurable() {
        Properties props = new Properties();
        assertEquals(Path.of("suishoupai-data").toAbsolutePath(), EmbeddedDefaults.dataDir(Map.of(), props));
        assertEquals(Path.of("/var/lib/ssp"), EmbeddedDefaults.dataDir(Map.of("SUISHOUPAI_DATA_DIR", "/var/lib/ssp"), props));
        props.setProperty("suishoupai.storage.bucket", "city-media");
        assertEquals("city-media", EmbeddedDefaults.bucket(Map.of(), props));
    }

    @Test
    void onEmbeddedDefaultsTheAppListensOnLoopbackUnlessTheOperatorNamesAHost() {
        Properties props = new Properties();
        EmbeddedDefaults.bindLoopbackUnlessTold(Map.of(), props);
        assertEquals("127.0.0.1", props.getProperty("quarkus.http.host"));
        assertEquals("127.0.0.1", props.getProperty("quarkus.management.host"), "metrics on loopback too");

        Properties told = new Properties();
        told.setProperty("quarkus.http.host", "0.0.0.0");
        EmbeddedDefaults.bindLoopbackUnlessTold(Map.of(), told);
        assertEquals("0.0.0.0", told.getProperty("quarkus.http.host"));

        Properties byEnv = new Properties();
        EmbeddedDefaults.bindLoopbackUnlessTold(Map.of("QUARKUS_HTTP_HOST", "0.0.0.0"), byEnv);
        assertNull(byEnv.getProperty("quarkus.http.host"));
    }
}
