package io.suishoupai.shared.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"from","to","groupBy","definitions":{…},"rows":[{"key","name","counts":{…},"indicators":{"filingRate":
 * {"numerator","denominator","value"}, …}}]}. Every rate carries its numerator and denominator; value is null when
 * the denominator is 0.
 */
@RegisterForReflection
public record CaseStats(Instant from, Instant to, String groupBy, Map<String, String> definitions, List<Row> rows) {

    @RegisterForReflection
    public record Row(String key, String name, Map<String, Long> counts, Map<String, Indicator> indicators) {
    }

    @RegisterForReflection
    public record Indicator(long numerator, long denominator, BigDecimal value) {

        public static Indicator of(long numerator, long denominator) {
            return new Indicator(numerator, denominator, denominator == 0 ? null
                    : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP));
        }
    }
}
