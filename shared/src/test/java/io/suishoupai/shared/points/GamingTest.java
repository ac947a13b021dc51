package io.suishoupai.shared.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.caseflow.CaseState;

class GamingTest {

    @Test
    void gamingIsNamedByItsCodeAndReadsAsAPlainSentence() {
        assertTrue(Gaming.named(" gaming "));
        assertFalse(Gaming.named("不属于受理范围"));
        assertEquals(Gaming.PUBLIC_NOTE, Gaming.noteFor("GAMING"));
        assertEquals("重复上报", Gaming.noteFor("重复上报"));
    }

    @Test
    void onlyAnEndingWithGamingsWordingReversesPoints() {
        assertTrue(Gaming.ends(CaseState.DUPLICATE, Gaming.PUBLIC_NOTE));
        assertTrue(Gaming.ends(CaseState.VOIDED, Gaming.PUBLIC_NOTE));
        assertFalse(Gaming.ends(CaseState.FILED, Gaming.PUBLIC_NOTE));
        assertFalse(Gaming.ends(CaseState.NOT_FILED, "不属于受理范围"));
    }
}
