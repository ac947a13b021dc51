package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MergeTargetTest {

    @Test
    void anotherOpenCaseIsATarget() {
        for (CaseState open : CaseState.values()) {
            if (open.isOpen()) {
                assertTrue(MergeTarget.refusal("XN-20261201-000002", open, false).isEmpty(), open.name());
            }
        }
    }

    @Test
    void anUnknownTheSameOrAFinishedCaseIsNot() {
        assertEquals(Optional.of("XN-1 is unknown"), MergeTarget.refusal("XN-1", null, false));
        assertEquals(Optional.of("XN-1 is this case"), MergeTarget.refusal("XN-1", CaseState.SUBMITTED, true));
        assertEquals(Optional.of("XN-1 is in state CLOSED"), MergeTarget.refusal("XN-1", CaseState.CLOSED, false));
        assertEquals(Optional.of("XN-1 is in state DUPLICATE"), MergeTarget.refusal("XN-1", CaseState.DUPLICATE, false));
    }
}
