package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Id;

import org.junit.jupiter.api.Test;

class NewCaseInsertTest {

    /** A column added to the entity and not to the statement would be silently left at its default at intake. */
    @Test
    void writesEveryColumnOfTheEntityButItsId() {
        Set<String> entityColumns = Arrays.stream(CityCase.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                .filter(f -> !f.isAnnotationPresent(Id.class))
                .map(NewCaseInsertTest::column)
                .collect(Collectors.toSet());
        assertEquals(entityColumns, NewCaseInsert.CASE_COLUMNS.keySet());
    }

    @Test
    void theStatementNumbersEveryValueOnce() {
        int values = NewCaseInsert.CASE_COLUMNS.size() + NewCaseInsert.EVENT_COLUMNS.size();
        for (int i = 1; i <= values; i++) {
            assertTrue(NewCaseInsert.SQL.matches(".*\\?" + i + "\\b.*"), "?" + i + " in " + NewCaseInsert.SQL);
        }
        assertTrue(!NewCaseInsert.SQL.contains("?" + (values + 1)), NewCaseInsert.SQL);
    }

    @Test
    void aNewCaseIsWrittenAsItStands() {
        CityCase c = new CityCase();
        c.caseNumber = "XN-20261205-000001";
        c.state = CaseState.SUBMITTED;
        c.isPrivate = true;
        assertEquals("SUBMITTED", NewCaseInsert.CASE_COLUMNS.get("state").apply(c));
        assertEquals(true, NewCaseInsert.CASE_COLUMNS.get("is_private").apply(c));
        assertEquals("NORMAL", NewCaseInsert.CASE_COLUMNS.get("urgency").apply(c));
        assertEquals(null, NewCaseInsert.CASE_COLUMNS.get("outcome").apply(c));
    }

    private static String column(Field f) {
        Column column = f.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : f.getName();
    }
}
