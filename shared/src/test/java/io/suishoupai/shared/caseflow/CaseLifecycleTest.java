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
                DISPOSED->DISPATCHED CLOSED->DISPATCHED
                DISPATCHED->CLOSED DISPATCHED->SUSPENDED DISPATCHED->DEFERRED SUSPENDED->DISPATCHED DEFERRED->DISPATCHED
                SUSPENDED->CLOSED DEFERRED->CLOSED FILED->VOIDED DISPATCHED->VOIDED RETURNED->VOIDED DISPOSED->VOIDED
                SUSPENDED->VOIDED DEFERRED->VOIDED""";
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
            for (ActorRole role : ActorRole.values()) {
                assertThrows(ProblemException.class, () -> CaseLifecycle.check(CaseState.VOIDED, to, role));
            }
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
        for (ActorRole role : EnumSet.complementOf(EnumSet.of(ActorRole.INSPECTOR, ActorRole.LEADER))) {
            assertThrows(ProblemException.class, () -> CaseLifecycle.check(CaseState.DISPOSED, CaseState.CLOSED, role));
        }
    }

    @Test
    void onlyALeaderParksDefersVoidsOrClosesUnresolved() {
        for (ActorRole role : EnumSet.complementOf(EnumSet.of(ActorRole.LEADER))) {
            for (CaseState to : EnumSet.of(CaseState.SUSPENDED, CaseState.DEFERRED, CaseState.VOIDED, CaseState.CLOSED)) {
                ProblemException e = assertThrows(ProblemException.class,
                        () -> CaseLifecycle.check(CaseState.DISPATCHED, to, role), role + " " + to);
                assertEquals(403, e.status());
            }
        }
        // a pause ends by a screener's or leader's resume-case, or by the reminder run; never by the department
        for (ActorRole role : ActorRole.values()) {
            boolean may = EnumSet.of(ActorRole.SCREENER, ActorRole.LEADER, ActorRole.SYSTEM).contains(role);
            for (CaseState paused : CaseState.PAUSED) {
                if (may) {
                    CaseLifecycle.check(paused, CaseState.DISPATCHED, role);
                } else {
                    assertThrows(ProblemException.class, () -> CaseLifecycle.check(paused, CaseState.DISPATCHED, role));
                }
            }
        }
    }

    @Test
    void whoClosesDecidesTheOutcome() {
        assertEquals(CaseOutcome.RESOLVED, CaseOutcome.ofClosing(ActorRole.INSPECTOR));
        assertEquals(CaseOutcome.UNRESOLVED, CaseOutcome.ofClosing(ActorRole.LEADER));
        // every role that may close a case is one of the two
        for (CaseLifecycle.Transition t : CaseLifecycle.TRANSITIONS) {
            if (t.to() == CaseState.CLOSED) {
                assertTrue(EnumSet.of(ActorRole.INSPECTOR, ActorRole.LEADER).containsAll(t.by()), t.toString());
            }
        }
    }

    @Test
    void openStates() {
        assertEquals(EnumSet.of(CaseState.SUBMITTED, CaseState.CHECKING, CaseState.FILED, CaseState.DISPATCHED,
                CaseState.RETURNED, CaseState.DISPOSED, CaseState.SUSPENDED, CaseState.DEFERRED), EnumSet.copyOf(java.util.Arrays.stream(CaseState.values())
                        .filter(CaseState::isOpen).toList()));
    }
}
