package io.suishoupai.shared.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class IsoInstantsTest {

    record Body(Instant until) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new IsoInstants().customize(mapper);
        return mapper;
    }

    @Test
    void anOffsetDateTimeWithoutSecondsIsAnInstant() throws Exception {
        assertEquals(Instant.parse("2026-01-01T05:08:00Z"),
                mapper().readValue("{\"until\":\"2026-01-01T13:08+08:00\"}", Body.class).until());
        assertEquals(Instant.parse("2026-01-01T05:08:07.250Z"),
                mapper().readValue("{\"until\":\"2026-01-01T13:08:07.25+08:00\"}", Body.class).until());
    }

    @Test
    void theFormsReadBeforeStillRead() throws Exception {
        assertEquals(Instant.parse("2026-01-01T05:08:00Z"),
                mapper().readValue("{\"until\":\"2026-01-01T05:08:00Z\"}", Body.class).until());
        assertEquals(Instant.ofEpochSecond(1_767_244_080L),
                mapper().readValue("{\"until\":1767244080}", Body.class).until());
    }

    @Test
    void aDateTimeWithoutAnOffsetIsStillRefused() {
        assertThrows(InvalidFormatException.class,
                () -> mapper().readValue("{\"until\":\"2026-01-01T13:08\"}", Body.class));
    }
}
