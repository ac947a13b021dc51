package io.suishoupai.shared.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"from","to","groupBy","definitions":{…},"rows":[{"key","name","counts":{…},"indicators":{"filingRate":
 * {"numerator","denominator","value"}, …},"score","rank"}]}. Every rate carries its numerator and denominator; value is null when
 * the denominator is 0.
 */
@RegisterForReflection
public record CaseStats(Instant from, Instant to, String groupBy, Map<String, String> definitions, List<Row> rows) {

    /**
     * One group. {@code score} (综合指标值) and {@code rank} are a department's, in groupBy=DEPARTMENT only (null
     * elsewhere, and for the cases no department holds).
     */
    @RegisterForReflection
    public record Row(String key, String name, Map<String, Long> counts, Map<String, Indicator> indicators,
            BigDecimal score, Integer rank) {

        public Row(String key, String name, Map<String, Long> counts, Map<String, Indicator> indicators) {
            this(key, name, counts, indicators, null, null);
        }

        public Row ranked(BigDecimal score, Integer rank) {
            return new Row(key, name, counts, indicators, score, rank);
        }
    }

    @RegisterForReflection
    public record Indicator(long numerator, long denominator, BigDecimal value) {

        public static Indicator of(long numerator, long denominator) {
            return new Indicator(numerator, denominator, denominator == 0 ? null
                    : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP));
        }
    }
}
