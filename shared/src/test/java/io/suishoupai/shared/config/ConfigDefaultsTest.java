package io.suishoupai.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.smallrye.config.WithDefault;

/** Each setting's default is declared once, on {@link SuishoupaiConfig}. */
class ConfigDefaultsTest {

    @Test
    void noSuishoupaiKeyIsDefaultedInAPropertiesFile() throws IOException {
        Properties shared = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shared.load(in);
        }
        List<String> keys = shared.stringPropertyNames().stream().filter(k -> k.startsWith("suishoupai.")).sorted()
                .toList();
        assertEquals(List.of(), keys, "defaults belong in SuishoupaiConfig's @WithDefault");
    }

    @Test
    void everySettingHasADefaultOrIsOptional() {
        List<String> missing = new ArrayList<>();
        collect(SuishoupaiConfig.class, "suishoupai", missing);
        assertEquals(List.of(), missing);
    }

    @Test
    void theCheckSeesEveryGroup() {
        List<String> seen = new ArrayList<>();
        for (Method m : SuishoupaiConfig.class.getDeclaredMethods()) {
            if (m.getReturnType().isInterface() && m.getReturnType().getEnclosingClass() == SuishoupaiConfig.class) {
                seen.add(m.getName());
            }
        }
        assertTrue(seen.size() >= 16, "groups: " + seen);
    }

    private static void collect(Class<?> group, String prefix, List<String> missing) {
        for (Method m : group.getDeclaredMethods()) {
            if (m.isDefault() || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Class<?> type = m.getReturnType();
            if (type.isInterface() && type.getEnclosingClass() == SuishoupaiConfig.class) {
                collect(type, prefix + "." + m.getName(), missing);
            } else if (type != Optional.class && !m.isAnnotationPresent(WithDefault.class)) {
                missing.add(prefix + "." + m.getName());
            }
        }
    }
}
