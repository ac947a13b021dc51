package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class CaseStateTest {

    @Test
    void notFiledDuplicateAndClosedAreFinalAndEveryOtherStateIsOpen() {
        assertEquals(EnumSet.of(CaseState.NOT_FILED, CaseState.DUPLICATE, CaseState.CLOSED, CaseState.VOIDED),
                CaseState.FINAL);
        for (CaseState s : CaseState.values()) {
            assertEquals(!CaseState.FINAL.contains(s), s.isOpen(), s.name());
        }
        assertTrue(CaseState.RETURNED.isOpen());
        assertFalse(CaseState.CLOSED.isOpen());
        // parked and deferred cases are still the city's work; a voided one is not
        assertTrue(CaseState.SUSPENDED.isOpen());
        assertTrue(CaseState.DEFERRED.isOpen());
        assertFalse(CaseState.VOIDED.isOpen());
    }

    @Test
    void theSqlListNamesTheStatesInTheirOrder() {
        assertEquals("'NOT_FILED', 'DUPLICATE', 'CLOSED', 'VOIDED'", CaseState.sqlList(CaseState.FINAL));
    }
}
