package io.suishoupai.shared.category;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;


class CaseUrgencyTest {

    @Test
    void aCaseStartsUrgentWhenItsCategoryIsUrgentOrCritical() {
        assertEquals(CaseUrgency.NORMAL, CaseUrgency.startingFrom(Urgency.NORMAL));
        assertEquals(CaseUrgency.URGENT, CaseUrgency.startingFrom(Urgency.URGENT));
        assertEquals(CaseUrgency.URGENT, CaseUrgency.startingFrom(Urgency.CRITICAL));
        assertEquals(CaseUrgency.NORMAL, CaseUrgency.startingFrom(null));
    }

    @Test
    void anUrgentCaseHasTheUrgentLimit() {
        Category c = new Category();
        c.timeLimitHours = 48;
        c.urgentTimeLimitHours = 6;
        assertEquals(48, c.timeLimitHours(CaseUrgency.NORMAL));
        assertEquals(6, c.timeLimitHours(CaseUrgency.URGENT));
    }
}
