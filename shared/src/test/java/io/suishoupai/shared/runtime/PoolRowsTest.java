package io.suishoupai.shared.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PoolRowsTest {

    @Test
    void hibernatesNumberedPlaceholdersBecomePostgresqls() {
        assertEquals("SELECT $1, $12 FROM t WHERE a = $2 AND b LIKE '%?'",
                PoolRows.numbered("SELECT ?1, ?12 FROM t WHERE a = ?2 AND b LIKE '%?'"));
        assertEquals("SELECT $1", PoolRows.numbered("SELECT $1"));
    }

    @Test
    void anInstantIsBoundAsAUtcOffsetDateTime() {
        Instant at = Instant.parse("2026-12-06T03:00:00Z");
        var tuple = PoolRows.tuple(at, "x", 3L, null);
        assertEquals(OffsetDateTime.of(2026, 12, 6, 3, 0, 0, 0, ZoneOffset.UTC), tuple.getValue(0));
        assertEquals("x", tuple.getValue(1));
        assertEquals(3L, tuple.getValue(2));
        assertEquals(4, tuple.size());
    }
}
