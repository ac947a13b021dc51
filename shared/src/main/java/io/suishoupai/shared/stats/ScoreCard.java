package io.suishoupai.shared.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 综合指标值 and 排名: how a command centre ranks its departments each month. A department's score is the sum of its
 * weighted rates (each 0–1, a missing one counting 0) less a deduction per failed 核查 (rework), never below 0, to
 * two decimals; departments are ranked by score, highest first, equal scores sharing a rank (1, 2, 2, 4).
 */
public record ScoreCard(Map<String, BigDecimal> weights, BigDecimal reworkDeduction) {

    /**
     * Reads {@code name:weight,…}; every name must be one of {@code known} and every weight a number ≥ 0.
     *
     * @throws IllegalArgumentException naming what is wrong (a setting that stops the app at start-up)
     */
    public static ScoreCard parse(String weights, double reworkDeduction, Collection<String> known) {
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        for (String part : weights.split(",")) {
            String[] nameWeight = part.strip().split(":");
            if (nameWeight.length != 2 || !known.contains(nameWeight[0].strip())) {
                throw new IllegalArgumentException("suishoupai.stats.score-weights: '" + part.strip()
                        + "' is not name:weight with a name among " + known);
            }
            BigDecimal weight;
            try {
                weight = new BigDecimal(nameWeight[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("suishoupai.stats.score-weights: '" + part.strip()
                        + "' has no number for its weight");
            }
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("suishoupai.stats.score-weights: a weight is never negative");
            }
            parsed.put(nameWeight[0].strip(), weight);
        }
        if (reworkDeduction < 0) {
            throw new IllegalArgumentException("suishoupai.stats.score-rework-deduction is never negative");
        }
        return new ScoreCard(Map.copyOf(parsed), BigDecimal.valueOf(reworkDeduction));
    }

    /** One department's score from its row: the weighted rates less the deduction for its reworks. */
    public BigDecimal score(CaseStats.Row row) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            CaseStats.Indicator indicator = row.indicators().get(w.getKey());
            if (indicator != null && indicator.value() != null) {
                sum = sum.add(indicator.value().multiply(w.getValue()));
            }
        }
        long reworks = row.counts().getOrDefault("reworks", 0L);
        BigDecimal score = sum.subtract(reworkDeduction.multiply(BigDecimal.valueOf(reworks)));
        return score.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The rows with their scores and ranks; {@code ranked} rows only (not the cases no department holds), the
     * others unchanged. The rows keep their order.
     */
    public List<CaseStats.Row> rank(List<CaseStats.Row> rows, java.util.function.Predicate<CaseStats.Row> ranked) {
        List<BigDecimal> scores = rows.stream().filter(ranked).map(this::score)
                .sorted(Comparator.reverseOrder()).toList();
        List<CaseStats.Row> out = new ArrayList<>();
        for (CaseStats.Row row : rows) {
            if (!ranked.test(row)) {
                out.add(row);
                continue;
            }
            BigDecimal score = score(row);
            // competition ranking: one more than the number of strictly higher scores
            int rank = 1 + (int) scores.stream().filter(s -> s.compareTo(score) > 0).count();
            out.add(row.ranked(score, rank));
        }
        return out;
    }
}
