package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class CaseStateTest {

    @Test
    void notFiledDuplicateAndClosedAreFinalAndEveryOtherStateIsOpen() {
        assertEquals(EnumSet.of(CaseState.NOT_FILED, CaseState.DUPLICATE, CaseState.CLOSED), CaseState.FINAL);
        for (CaseState s : CaseState.values()) {
            assertEquals(!CaseState.FINAL.contains(s), s.isOpen(), s.name());
        }
        assertTrue(CaseState.RETURNED.isOpen());
        assertFalse(CaseState.CLOSED.isOpen());
    }

    @Test
    void theSqlListNamesTheStatesInTheirOrder() {
        assertEquals("'NOT_FILED', 'DUPLICATE', 'CLOSED'", CaseState.sqlList(CaseState.FINAL));
    }
}
