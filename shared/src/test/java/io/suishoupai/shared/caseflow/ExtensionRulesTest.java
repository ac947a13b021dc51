package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.ProblemException;

class ExtensionRulesTest {

    @Test
    void aRequestAsksForOneToTheMostHours() {
        assertTrue(ExtensionRules.hoursAllowed(1, 720));
        assertTrue(ExtensionRules.hoursAllowed(720, 720));
        assertFalse(ExtensionRules.hoursAllowed(721, 720));
        assertFalse(ExtensionRules.hoursAllowed(0, 720));
        assertFalse(ExtensionRules.hoursAllowed(-5, 720));
        assertFalse(ExtensionRules.hoursAllowed(null, 720));
    }

    @Test
    void oneRequestWaitsAtATime() {
        assertDoesNotThrow(() -> ExtensionRules.requireNoneWaiting(0));
        ProblemException e = assertThrows(ProblemException.class, () -> ExtensionRules.requireNoneWaiting(1));
        assertEquals(409, e.status());
        assertEquals("EXTENSION_PENDING", e.code());
    }

    @Test
    void onlyAWaitingRequestIsDecided() {
        ExtensionRequest waiting = new ExtensionRequest();
        assertSame(waiting, ExtensionRules.requireWaiting(waiting, "XN-1"));
        ProblemException e = assertThrows(ProblemException.class, () -> ExtensionRules.requireWaiting(null, "XN-1"));
        assertEquals(422, e.status());
        assertEquals("NO_PENDING_EXTENSION", e.code());
        assertEquals(ExtensionRequest.State.APPROVED, ExtensionRules.outcome(true));
        assertEquals(ExtensionRequest.State.REJECTED, ExtensionRules.outcome(false));
    }

    @Test
    void aSecondOrALongExtensionIsTheLeaders() {
        assertFalse(ExtensionRules.needsLeader(0, 72, 72));
        assertTrue(ExtensionRules.needsLeader(0, 73, 72));
        assertTrue(ExtensionRules.needsLeader(1, 4, 72));
        ExtensionRules.requireLeaderWhenNeeded(true, true, true);
        ExtensionRules.requireLeaderWhenNeeded(true, false, false); // a screener may refuse it
        ProblemException e = assertThrows(ProblemException.class,
                () -> ExtensionRules.requireLeaderWhenNeeded(true, false, true));
        assertEquals(403, e.status());
        assertEquals("NEEDS_LEADER", e.code());
    }
}
