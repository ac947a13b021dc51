package io.suishoupai.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The indicators of a group from its tally (the Hubei city's eight months: 4158 received, 3599 filed, 3068 closed). */
class IndicatorsTest {

    static final Indicators.Tally HUBEI = new Indicators.Tally("ALL", 4158, 4100, 3599, 3550, 3430, 3300, 3100, 3068,
            92, 400, 35, 13000, 2900, 120, 300, 15, 4, java.util.List.of(4100L, 4000L, 0L, 0L, 3599L, 3500L, 3300L,
                    3200L));

    @Test
    void eachIndicatorIsItsNumeratorOverItsDenominator() {
        CaseStats.Row row = Indicators.row("ALL", "全市", HUBEI);
        assertEquals(new CaseStats.Indicator(3599, 4100, new BigDecimal("0.8778")), row.indicators().get("filingRate"));
        assertEquals(new CaseStats.Indicator(3430, 3550, new BigDecimal("0.9662")),
                row.indicators().get("dispatchAccuracy"));
        assertEquals(new CaseStats.Indicator(3100, 3300, new BigDecimal("0.9394")),
                row.indicators().get("onTimeDisposalRate"));
        assertEquals(new CaseStats.Indicator(3068, 3599, new BigDecimal("0.8525")), row.indicators().get("closureRate"));
        assertEquals(new CaseStats.Indicator(92, 3068, new BigDecimal("0.0300")), row.indicators().get("reworkRate"));
        assertEquals(new CaseStats.Indicator(13000, 2900, new BigDecimal("4.4828")),
                row.indicators().get("averageSatisfaction"));
        assertEquals(4158L, row.counts().get("received"));
        assertEquals(35L, row.counts().get("escalations"));
    }

    @Test
    void theDueBasedRatesRebuildAPublishedBulletin() {
        // a department with 972 cases due, 911 closed, 737 of them on time: 93.72 % and 75.82 %
        CaseStats.Row row = Indicators.row("CGJ", "城管局", Indicators.Tally.none("CGJ"),
                new Indicators.DueTally("CGJ", 972, 911, 737));
        assertEquals(new CaseStats.Indicator(911, 972, new BigDecimal("0.9372")), row.indicators().get("dueClosureRate"));
        assertEquals(new CaseStats.Indicator(737, 972, new BigDecimal("0.7582")),
                row.indicators().get("onTimeClosureRate"));
        assertEquals(972L, row.counts().get("dueCount"));
        // the Hubei city's 3068 closed over 3601 due would be 85.20 %
        assertEquals(new BigDecimal("0.8520"), Indicators.row("ALL", "全市", HUBEI,
                new Indicators.DueTally("ALL", 3601, 3068, 3000)).indicators().get("dueClosureRate").value());
    }

    @Test
    void extensionsUrgencyParkingAndVoidingAreCountedAndDefined() {
        CaseStats.Row row = Indicators.row("ALL", "全市", HUBEI);
        assertEquals(new CaseStats.Indicator(300, 3550, new BigDecimal("0.0845")), row.indicators().get("extensionRate"));
        assertEquals(120L, row.counts().get("urgentCount"));
        assertEquals(15L, row.counts().get("suspendedCount"));
        assertEquals(4L, row.counts().get("voidedCount"));
        assertEquals(new CaseStats.Indicator(4000, 4100, new BigDecimal("0.9756")),
                row.indicators().get("screeningOnTimeRate"));
        assertEquals(new CaseStats.Indicator(3200, 3300, new BigDecimal("0.9697")),
                row.indicators().get("verificationOnTimeRate"));
        assertNull(row.indicators().get("checkOnTimeRate").value(), "no check asked for: no rate");
        for (String rate : Indicators.RATES) {
            assertTrue(row.indicators().containsKey(rate), rate);
            assertTrue(Indicators.DEFINITIONS.containsKey(rate), "defined: " + rate);
        }
        for (String count : java.util.List.of("dueCount", "urgentCount", "suspendedCount", "voidedCount")) {
            assertTrue(Indicators.DEFINITIONS.containsKey(count), "defined: " + count);
        }
    }

    @Test
    void groupsOfBothPopulationsAreJoinedByKey() {
        var groups = Indicators.groups(java.util.List.of(Indicators.Tally.none("YLJ")),
                java.util.List.of(new Indicators.DueTally("SZC", 3, 2, 1), new Indicators.DueTally("YLJ", 1, 1, 1)),
                Indicators.GroupBy.DEPARTMENT);
        assertEquals(java.util.List.of("SZC", "YLJ"), groups.stream().map(Indicators.Group::key).toList());
        assertEquals(3, groups.get(0).due().due(), "due cases and no case received: still a row");
        assertEquals(0, groups.get(0).received().received());
        assertEquals(1, Indicators.groups(java.util.List.of(), java.util.List.of(), Indicators.GroupBy.NONE).size(),
                "the city always has its row");
    }

    @Test
    void aRowFromTheDatabaseIsReadByPositionOnceAndAnEmptyGroupHasNoRates() {
        Object[] columns = {"YLJ", 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L, null, 0L, 4L, 3L, 2L, 1L};
        Indicators.Tally t = Indicators.Tally.of(columns);
        assertEquals("YLJ", t.key());
        assertEquals(10, t.received());
        assertEquals(0, t.ratingSum(), "a NULL sum is zero");
        assertEquals(1, t.voided(), "the last column");
        CaseStats.Row empty = Indicators.row("ALL", "全市", Indicators.Tally.none("ALL"));
        assertNull(empty.indicators().get("filingRate").value(), "0 / 0 has no value");
    }
}
