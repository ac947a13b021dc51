package io.suishoupai.shared.runtime;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * An instant in a request body is any ISO-8601 date-time with an offset, seconds optional: "2026-01-01T13:08+08:00"
 * is what Java's own OffsetDateTime writes when the seconds are 0, and Jackson's Instant reader (ISO_INSTANT) refused
 * it — a 400 for a valid time one request in sixty. Other forms (epoch numbers, "…Z") are read as before.
 */
@Singleton
public class IsoInstants implements ObjectMapperCustomizer {

    /** After Quarkus registers Jackson's JavaTimeModule: a module registered later wins for Instant. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("iso-instants").addDeserializer(Instant.class, new Reader()));
    }

    static final class Reader extends StdDeserializer<Instant> {

        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText().strip();
                Instant common = OffsetInstantParser.parse(text);
                if (common != null) {
                    return common;
                }
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException notWithAnOffset) {
                    // left to Jackson's reader, which answers the same error as before
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
