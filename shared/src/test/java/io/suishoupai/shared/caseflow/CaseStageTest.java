package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which states are timed stages, and which moves start a stage's clock. */
class CaseStageTest {

    @Test
    void eachTimedStageIsTheCommandCentresWaitingState() {
        assertEquals(Optional.of(CaseStage.SCREENING), CaseStage.of(CaseState.SUBMITTED));
        assertEquals(Optional.of(CaseStage.CHECK), CaseStage.of(CaseState.CHECKING));
        assertEquals(Optional.of(CaseStage.DISPATCH), CaseStage.of(CaseState.FILED));
        assertEquals(Optional.of(CaseStage.DISPATCH), CaseStage.of(CaseState.RETURNED));
        assertEquals(Optional.of(CaseStage.VERIFICATION), CaseStage.of(CaseState.DISPOSED));
        // disposal runs against the case's deadline; the final and paused states run against nothing
        for (CaseState state : new CaseState[] {CaseState.DISPATCHED, CaseState.CLOSED, CaseState.SUSPENDED,
                CaseState.DEFERRED, CaseState.VOIDED, CaseState.NOT_FILED, CaseState.DUPLICATE}) {
            assertTrue(CaseStage.of(state).isEmpty(), state.name());
        }
    }

    @Test
    void enteringAStageStartsItsClockAndMovingWithinOneDoesNot() {
        assertEquals(Optional.of(CaseStage.SCREENING), CaseStage.startedBy(null, CaseState.SUBMITTED));
        assertEquals(Optional.of(CaseStage.SCREENING), CaseStage.startedBy(CaseState.CHECKING, CaseState.SUBMITTED));
        assertEquals(Optional.of(CaseStage.DISPATCH), CaseStage.startedBy(CaseState.DISPATCHED, CaseState.RETURNED));
        assertEquals(Optional.of(CaseStage.VERIFICATION), CaseStage.startedBy(CaseState.DISPATCHED, CaseState.DISPOSED));
        assertTrue(CaseStage.startedBy(CaseState.SUBMITTED, CaseState.DISPATCHED).isEmpty());
        assertEquals("screeningOnTimeRate", CaseStage.SCREENING.rateName());
    }
}
