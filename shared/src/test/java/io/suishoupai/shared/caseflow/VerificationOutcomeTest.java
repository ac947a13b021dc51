package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerificationOutcomeTest {

    @Test
    void aPassedCheckClosesTheCaseWithAPublicNote() {
        VerificationOutcome passed = VerificationOutcome.of(true, null);
        assertEquals(CaseState.CLOSED, passed.to());
        assertTrue(passed.notePublic());
        assertEquals("核查通过，结案", passed.note());
        assertEquals("已恢复", VerificationOutcome.of(true, "已恢复").note());
        assertEquals(2, passed.reworkCountAfter(2));
    }

    @Test
    void aFailedCheckSendsTheCaseBackForReworkAndCountsItOnce() {
        VerificationOutcome failed = VerificationOutcome.of(false, "树仍倾斜");
        assertEquals(CaseState.DISPATCHED, failed.to());
        assertTrue(failed.rework());
        assertFalse(failed.notePublic(), "the inspector's word to the department");
        assertEquals(1, failed.reworkCountAfter(0));
        assertEquals(3, failed.reworkCountAfter(2));
    }
}
