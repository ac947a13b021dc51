package io.suishoupai.shared.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void quotedCellsCommasQuotesAndLineEndings() {
        assertEquals(List.of(List.of("id", "name"), List.of("1", "井盖, 污水"), List.of("2", "say \"hi\""),
                List.of("3", "two\nlines")),
                CsvRows.parse("\uFEFFid,name\r\n1,\"井盖, 污水\"\n2,\"say \"\"hi\"\"\"\n\n3,\"two\nlines\"\n"));
        assertEquals(List.of(List.of("a", "", "c")), CsvRows.parse("a,,c"));
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CsvRows.parse("a,\"b\n"));
    }
}
