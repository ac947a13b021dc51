package io.suishoupai.shared.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OffsetInstantParserTest {

    /** What java.time answers for the text: the instant, or null when it refuses it. */
    private static Instant javaTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException refused) {
            return null;
        }
    }

    /** The fast reader never disagrees with java.time: the same instant, or no answer (and the caller asks java.time). */
    private static void agrees(String text) {
        Instant fast = OffsetInstantParser.parse(text);
        if (fast != null) {
            assertEquals(javaTime(text), fast, text);
        }
    }

    @Test
    void readsWhatPostgresAndBrowsersWrite() {
        for (String text : List.of("2016-12-01T08:00:00+00:00", "2026-11-30T23:59:59.123456+08:00",
                "2026-01-01T13:08+08:00", "2026-01-01T05:08:07.25Z", "2026-01-01T05:08:07.000000001-05:30",
                "2024-02-29T00:00:00+14:00", "0001-01-01T00:00:00-18:00", "9999-12-31T23:59:59.999999999+18:00")) {
            assertNotNull(OffsetInstantParser.parse(text), text);
            assertEquals(javaTime(text), OffsetInstantParser.parse(text), text);
        }
    }

    @Test
    void leavesEveryOtherFormToJavaTime() {
        for (String text : List.of("", "2026-01-01", "2026-01-01T13:08", "2026-01-01T13:08:07", "2026-01-01t13:08Z",
                "2026-01-01T13:08z", "2026-01-01T13:08+08", "2026-01-01T13:08+0800", "2026-01-01T13:08+08:00:00",
                "2026-02-30T00:00Z", "2026-13-01T00:00Z", "2026-01-01T24:00Z", "2026-01-01T23:60Z",
                "2026-01-01T23:59:60Z", "2026-01-01T23:59:59.Z", "2026-01-01T23:59:59.1234567891Z",
                "2026-01-01T00:00+19:00", "2026-01-01T00:00+18:01", "+2026-01-01T00:00Z", "2026-1-01T00:00Z",
                "2026-01-01T00:00:5Z", "2026-01-01T00:00Z ", "２０２６-01-01T00:00Z", "2026-01-01T00:00+08:00x")) {
            agrees(text);
        }
        assertNull(OffsetInstantParser.parse("2026-01-01T13:08+08"));
        assertNull(OffsetInstantParser.parse("2026-02-30T00:00Z"));
        assertNull(OffsetInstantParser.parse("2026-01-01t13:08Z"));
    }

    @Test
    void agreesWithJavaTimeOnRandomInstantsOffsetsAndPrecisions() {
        Random random = new Random(19);
        for (int k = 0; k < 20_000; k++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_000_000L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 15 * 60);
            String text = OffsetDateTime.ofInstant(instant, offset).toString(); // seconds and fraction as needed
            assertNotNull(OffsetInstantParser.parse(text), text);
            agrees(text);
        }
    }

    @Test
    void everyMangledCharacterIsLeftToJavaTimeOrReadTheSame() {
        String base = "2026-11-30T23:59:59.123456+08:00";
        String alphabet = "0123456789-+:.TZtz x";
        for (int at = 0; at < base.length(); at++) {
            for (char c : alphabet.toCharArray()) {
                agrees(base.substring(0, at) + c + base.substring(at + 1));
                agrees(base.substring(0, at) + base.substring(at + 1));
                agrees(base.substring(0, at) + c + base.substring(at));
            }
        }
    }
}
