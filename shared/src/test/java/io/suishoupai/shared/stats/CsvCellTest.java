package io.suishoupai.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void aCellThatWouldStartAFormulaIsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvCell.text("=HYPERLINK(\"http://x\")"));
        for (String start : new String[] {"+", "-", "@", "\t", "\r"}) {
            assertEquals("\"'" + start + "1\"", CsvCell.text(start + "1"));
        }
    }

    @Test
    void ordinaryCellsAreOnlyQuoted() {
        assertEquals("\"园林局\"", CsvCell.text("园林局"));
        assertEquals("\"a \"\"b\"\"\"", CsvCell.text("a \"b\""));
        assertEquals("", CsvCell.text(null));
        assertEquals("\"\"", CsvCell.text(""));
    }
}
