package io.suishoupai.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** 综合指标值 and 排名: weighted rates less a deduction per failed 核查; equal scores share a rank. */
class ScoreCardTest {

    static final ScoreCard CARD = ScoreCard.parse("dueClosureRate:40, onTimeClosureRate:40,dispatchAccuracy:20", 0.5,
            Indicators.RATES);

    static CaseStats.Row department(String code, String due, String onTime, String accuracy, long reworks) {
        Map<String, CaseStats.Indicator> rates = new LinkedHashMap<>();
        rates.put("dueClosureRate", new CaseStats.Indicator(1, 1, due == null ? null : new BigDecimal(due)));
        rates.put("onTimeClosureRate", new CaseStats.Indicator(1, 1, new BigDecimal(onTime)));
        rates.put("dispatchAccuracy", new CaseStats.Indicator(1, 1, new BigDecimal(accuracy)));
        return new CaseStats.Row(code, code, Map.of("reworks", reworks), rates);
    }

    @Test
    void aScoreIsTheWeightedRatesLessTheReworkDeduction() {
        // 40 × 0.9372 + 40 × 0.7582 + 20 × 0.9500 − 0.5 × 3 = 37.488 + 30.328 + 19 − 1.5 = 85.316
        assertEquals(new BigDecimal("85.32"), CARD.score(department("CGJ", "0.9372", "0.7582", "0.9500", 3)));
        assertEquals(new BigDecimal("50.00"), CARD.score(department("X", null, "0.75", "1", 0)), "no value counts 0");
        assertEquals(new BigDecimal("0.00"), CARD.score(department("Y", "0", "0", "0", 9)), "never below 0");
    }

    @Test
    void departmentsAreRankedHighestFirstAndEqualScoresShareARank() {
        List<CaseStats.Row> ranked = CARD.rank(List.of(
                department("A", "0.5", "0.5", "0.5", 0),
                department("B", "1", "1", "1", 0),
                department("C", "0.5", "0.5", "0.5", 0),
                department("NONE", "1", "1", "1", 0),
                department("D", "0.1", "0.1", "0.1", 0)), r -> !"NONE".equals(r.key()));
        assertEquals(List.of("A", "B", "C", "NONE", "D"), ranked.stream().map(CaseStats.Row::key).toList(),
                "the rows keep their order");
        assertEquals(List.of(2, 1, 2, 4), ranked.stream().filter(r -> r.rank() != null).map(CaseStats.Row::rank).toList());
        assertNull(ranked.get(3).rank(), "the cases no department holds are not ranked");
        assertEquals(new BigDecimal("100.00"), ranked.get(1).score());
    }

    @Test
    void weightsNamingNoIndicatorOrNoNumberAreRefusedAtStartUp() {
        for (String bad : List.of("closureRates:40", "dueClosureRate", "dueClosureRate:many", "dueClosureRate:-1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ScoreCard.parse(bad, 0.5, Indicators.RATES), bad);
            assertTrue(e.getMessage().contains("suishoupai.stats.score-weights"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ScoreCard.parse("dueClosureRate:40", -1, Indicators.RATES));
    }
}
