package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.ProblemException;

class CaseLifecycleTest {

    @Test
    void everyMoveOfTheDesignTableIsAllowedAndNoOther() {
        String expected = """
                null->SUBMITTED SUBMITTED->FILED SUBMITTED->NOT_FILED SUBMITTED->DUPLICATE FILED->DISPATCHED
                SUBMITTED->CHECKING CHECKING->SUBMITTED CHECKING->NOT_FILED
                DISPATCHED->DISPATCHED DISPATCHED->DISPOSED DISPATCHED->RETURNED RETURNED->DISPATCHED DISPOSED->CLOSED
                DISPOSED->DISPATCHED CLOSED->DISPATCHED""";
        var allowed = new java.util.TreeSet<String>();
        for (CaseState to : CaseState.values()) {
            if (CaseLifecycle.allowed(null, to)) {
                allowed.add("null->" + to);
            }
            for (CaseState from : CaseState.values()) {
                if (CaseLifecycle.allowed(from, to)) {
                    allowed.add(from + "->" + to);
                }
            }
        }
        assertEquals(new java.util.TreeSet<>(java.util.List.of(expected.split("\\s+"))), allowed);
    }

    @Test
    void finalStatesGoNowhere() {
        for (CaseState to : CaseState.values()) {
            assertThrows(ProblemException.class, () -> CaseLifecycle.check(CaseState.NOT_FILED, to, ActorRole.SCREENER));
            assertThrows(ProblemException.class, () -> CaseLifecycle.check(CaseState.DUPLICATE, to, ActorRole.SCREENER));
        }
    }

    @Test
    void anIllegalMoveIs422NamingTheCurrentState() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> CaseLifecycle.check(CaseState.SUBMITTED, CaseState.CLOSED, ActorRole.INSPECTOR));
        assertEquals(422, e.status());
        assertEquals("INVALID_TRANSITION", e.code());
        assertTrue(e.getMessage().contains("SUBMITTED"));
    }

    @Test
    void theWrongRoleIs403() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> CaseLifecycle.check(CaseState.SUBMITTED, CaseState.FILED, ActorRole.HANDLER));
        assertEquals(403, e.status());
        for (ActorRole role : EnumSet.complementOf(EnumSet.of(ActorRole.INSPECTOR))) {
            assertThrows(ProblemException.class, () -> CaseLifecycle.check(CaseState.DISPOSED, CaseState.CLOSED, role));
        }
    }

    @Test
    void openStates() {
        assertEquals(EnumSet.of(CaseState.SUBMITTED, CaseState.CHECKING, CaseState.FILED, CaseState.DISPATCHED,
                CaseState.RETURNED, CaseState.DISPOSED), EnumSet.copyOf(java.util.Arrays.stream(CaseState.values())
                        .filter(CaseState::isOpen).toList()));
    }
}
