package io.suishoupai.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.annotations.RegisterForReflection;

class RowEntitiesTest {

    @Test
    void everyEntityOfSharedIsRegisteredForReflection() throws IOException, ClassNotFoundException {
        Path classes = Path.of(RowEntities.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Set<String> entities = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(name);
                }
            }
        }
        Set<String> registered = new TreeSet<>();
        for (Class<?> target : RowEntities.class.getAnnotation(RegisterForReflection.class).targets()) {
            registered.add(target.getName());
        }
        assertEquals(entities, registered);
    }
}
