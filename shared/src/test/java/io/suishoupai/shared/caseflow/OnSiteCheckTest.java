package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OnSiteCheckTest {

    @Test
    void byDefaultNothingNeedsACheck() {
        for (CaseSource s : CaseSource.values()) {
            assertFalse(OnSiteCheck.requiredBeforeFiling(Set.of(), s, false), s.name());
        }
    }

    @Test
    void aListedSourceIsFiledOnlyOnceFound() {
        Set<CaseSource> listed = Set.of(CaseSource.CITIZEN, CaseSource.HOTLINE);
        assertTrue(OnSiteCheck.requiredBeforeFiling(listed, CaseSource.CITIZEN, false));
        assertFalse(OnSiteCheck.requiredBeforeFiling(listed, CaseSource.CITIZEN, true));
        assertFalse(OnSiteCheck.requiredBeforeFiling(listed, CaseSource.SUPERVISOR, false), "an inspector saw it");
    }

    @Test
    void theCheckIsOneRoundTripFromSubmitted() {
        assertTrue(CaseLifecycle.allowed(CaseState.SUBMITTED, CaseState.CHECKING));
        assertTrue(CaseLifecycle.allowed(CaseState.CHECKING, CaseState.SUBMITTED));
        assertTrue(CaseLifecycle.allowed(CaseState.CHECKING, CaseState.NOT_FILED));
        assertFalse(CaseLifecycle.allowed(CaseState.CHECKING, CaseState.FILED), "found, it is screened again");
        assertTrue(CaseLifecycle.find(CaseState.SUBMITTED, CaseState.CHECKING).orElseThrow().by()
                .contains(ActorRole.SCREENER));
        assertTrue(CaseLifecycle.find(CaseState.CHECKING, CaseState.SUBMITTED).orElseThrow().by()
                .contains(ActorRole.INSPECTOR));
    }

    @Test
    void theSettingNamesSourcesAndAMisspeltOneStopsTheStart() {
        assertEquals(Set.of(CaseSource.CITIZEN, CaseSource.HOTLINE), OnSiteCheck.parse(List.of("CITIZEN", " HOTLINE", "")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OnSiteCheck.parse(List.of("HOTLIN")));
        assertTrue(e.getMessage().contains("HOTLIN"), e.getMessage());
    }
}
