package io.suishoupai.shared.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    @Test
    void requiredIsTheHighestMigration() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertEquals(highest, SchemaVersion.REQUIRED, "count the new migration in SchemaVersion.REQUIRED");
        }
    }

    @Test
    void aDatabaseAtOrPastTheRequiredVersionServes() {
        assertTrue(SchemaVersion.problem(26, 26).isEmpty());
        assertTrue(SchemaVersion.problem(27, 26).isEmpty(), "the next release's schema, while it rolls out");
    }

    @Test
    void anOlderOrUnmigratedDatabaseStopsTheStartWithWhatToDo() {
        assertEquals("the database schema is at version 25; this build needs 26: run the migration step of this"
                + " release first", SchemaVersion.problem(25, 26).orElseThrow());
        assertTrue(SchemaVersion.problem(null, 26).orElseThrow().contains("no migration applied"));
    }
}
