package io.suishoupai.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The indicators of a group from its tally (the Hubei city's eight months: 4158 received, 3599 filed, 3068 closed). */
class IndicatorsTest {

    static final Indicators.Tally HUBEI = new Indicators.Tally("ALL", 4158, 4100, 3599, 3550, 3430, 3300, 3100, 3068,
            92, 400, 35, 13000, 2900);

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
    void aRowFromTheDatabaseIsReadByPositionOnceAndAnEmptyGroupHasNoRates() {
        Object[] columns = {"YLJ", 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L, null, 0L};
        Indicators.Tally t = Indicators.Tally.of(columns);
        assertEquals("YLJ", t.key());
        assertEquals(10, t.received());
        assertEquals(0, t.ratingSum(), "a NULL sum is zero");
        CaseStats.Row empty = Indicators.row("ALL", "全市", Indicators.Tally.none("ALL"));
        assertNull(empty.indicators().get("filingRate").value(), "0 / 0 has no value");
    }
}
