package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CaseSourceTest {

    @Test
    void theScreenerRegistersWhatArrivesOtherwiseThanAsAReport() {
        assertEquals(EnumSet.of(CaseSource.HOTLINE, CaseSource.LEADERSHIP, CaseSource.DEPARTMENT, CaseSource.MEDIA,
                CaseSource.VIDEO), CaseSource.REGISTERED);
        assertEquals(Optional.of(CaseSource.HOTLINE), CaseSource.registered(" HOTLINE "));
        assertEquals(Optional.empty(), CaseSource.registered("hotline"), "names are exact");
        assertEquals(Optional.empty(), CaseSource.registered("CITIZEN"), "a citizen reports for themselves");
        assertEquals(Optional.empty(), CaseSource.registered("SUPERVISOR"), "an inspector reports for themselves");
        assertEquals(Optional.empty(), CaseSource.registered(null));
    }

    @Test
    void onlyThePublicsReportsEarnPoints() {
        for (CaseSource s : CaseSource.values()) {
            assertEquals(s == CaseSource.CITIZEN || s == CaseSource.STAFF, s.isPublicReport(), s.name());
        }
    }

    @Test
    void patrolsAndRegistrationsAreNotHeldToThePublicsDailyLimit() {
        assertTrue(CaseSource.OPEN311.isDailyLimited());
        assertTrue(CaseSource.CITIZEN.isDailyLimited());
        assertFalse(CaseSource.SUPERVISOR.isDailyLimited());
        CaseSource.REGISTERED.forEach(s -> assertFalse(s.isDailyLimited(), s.name()));
    }

    @Test
    void onlyAPublicReporterIsToldOfProgress() {
        assertTrue(CaseSource.OPEN311.hasCitizenReporter());
        assertFalse(CaseSource.SUPERVISOR.hasCitizenReporter());
        CaseSource.REGISTERED.forEach(s -> assertFalse(s.hasCitizenReporter(), s.name()));
    }

    @Test
    void everyCreatorMayCreateACase() {
        for (CaseSource s : CaseSource.values()) {
            assertTrue(CaseLifecycle.find(null, CaseState.SUBMITTED).orElseThrow().by().contains(s.creator()), s.name());
            assertFalse(s.chineseName().isBlank());
        }
        assertEquals(ActorRole.INSPECTOR, CaseSource.SUPERVISOR.creator());
        assertEquals(ActorRole.SCREENER, CaseSource.VIDEO.creator());
    }
}
