package io.suishoupai.allinone;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import io.suishoupai.embedded.DemoData;
import io.suishoupai.embedded.EmbeddedInfra;
import io.suishoupai.embedded.EmbeddedPostgresServer;

/**
 * The all-in-one app's one decision: if no datasource is configured (neither the system property
 * {@code quarkus.datasource.reactive.url} nor the variable {@code QUARKUS_DATASOURCE_REACTIVE_URL}), it runs on
 * embedded defaults — PostgreSQL and S3Proxy started here, data kept in a directory that survives restarts, dev
 * tokens on, demo grids written into a database without areas. Otherwise it starts nothing and uses what is configured.
 */
public final class EmbeddedDefaults {

    static final String DEFAULT_DATA_DIR = "suishoupai-data";
    static final String DEFAULT_BUCKET = "suishoupai-media";

    private EmbeddedDefaults() {
    }

    public static boolean nothingConfigured(Map<String, String> env, Properties props) {
        return blank(props.getProperty("quarkus.datasource.reactive.url"))
                && blank(env.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
    }

    static Path dataDir(Map<String, String> env, Properties props) {
        return Path.of(firstOf(props.getProperty("suishoupai.data-dir"), env.get("SUISHOUPAI_DATA_DIR"),
                DEFAULT_DATA_DIR)).toAbsolutePath();
    }

    static String bucket(Map<String, String> env, Properties props) {
        return firstOf(props.getProperty("suishoupai.storage.bucket"), env.get("SUISHOUPAI_STORAGE_BUCKET"),
                DEFAULT_BUCKET);
    }

    /** Starts the embedded servers and points this process at them; returns them, or null when configured. */
    static EmbeddedInfra applyIfNothingConfigured(Map<String, String> env, Properties props) {
        if (!nothingConfigured(env, props)) {
            return null;
        }
        EmbeddedInfra infra = EmbeddedInfra.start(dataDir(env, props), true, bucket(env, props));
        DemoData.seedIfNoAreas(infra.postgres().jdbcUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
        infra.quarkusConfig().forEach(props::putIfAbsent);
        props.setProperty("suishoupai.dev-token-enabled", "true");
        bindLoopbackUnlessTold(env, props);
        return infra;
    }

    /**
     * On embedded defaults /dev/token mints any role for whoever reaches it, so the app listens on loopback only,
     * unless the operator names a host (quarkus.http.host or QUARKUS_HTTP_HOST) — e.g. 0.0.0.0 to try it from a
     * phone on the same network, knowingly.
     */
    static void bindLoopbackUnlessTold(Map<String, String> env, Properties props) {
        if (blank(props.getProperty("quarkus.http.host")) && blank(env.get("QUARKUS_HTTP_HOST"))) {
            props.setProperty("quarkus.http.host", "127.0.0.1");
        }
        // the management interface (metrics) too: operators reach it on the host, nobody else
        if (blank(props.getProperty("quarkus.management.host")) && blank(env.get("QUARKUS_MANAGEMENT_HOST"))) {
            props.setProperty("quarkus.management.host", "127.0.0.1");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v;
            }
        }
        return null;
    }
}
