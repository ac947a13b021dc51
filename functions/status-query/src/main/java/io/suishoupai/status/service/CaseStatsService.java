package io.suishoupai.status.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.stats.CaseStats;
import io.suishoupai.shared.stats.Indicators;
import io.suishoupai.shared.stats.Indicators.GroupBy;
import io.suishoupai.status.dto.StatsQuery;
import io.smallrye.mutiny.Uni;

/** case-stats: parses the period and grouping, then computes the shared {@link Indicators}. */
@ApplicationScoped
public class CaseStatsService {

    @Inject
    Reactive reactive;

    @Inject
    Indicators indicators;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    public Uni<CaseStats> stats(StatsQuery query) {
        InputCheck check = InputCheck.of(query);
        QueryParams params = new QueryParams(check);
        Instant now = clock.now();
        Instant from = params.instant(query.getFrom(), "from", config.zone(), false);
        Instant to = params.instant(query.getTo(), "to", config.zone(), true);
        if (from == null) {
            from = LocalDate.ofInstant(now, config.zone()).withDayOfMonth(1).atStartOfDay(config.zone()).toInstant();
        }
        if (to == null) {
            to = now;
        }
        GroupBy groupBy = null;
        try {
            groupBy = GroupBy.valueOf(QueryParams.blank(query.getGroupBy()) ? "NONE" : query.getGroupBy().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            check.require(false, "groupBy", "must be NONE, DEPARTMENT or CATEGORY");
        }
        check.require(from.isBefore(to), "to", "must be after from")
                .require(Duration.between(from, to).toDays() <= 3660, "from", "a period is at most ten years");
        check.orThrow();
        Instant periodFrom = from;
        Instant periodTo = to;
        GroupBy grouping = groupBy;
        Instant asOf = now.isBefore(to) ? now : to;
        return reactive.session(() -> indicators.compute(periodFrom, periodTo, asOf, grouping))
                .map(rows -> new CaseStats(periodFrom, periodTo, grouping.name(), Indicators.DEFINITIONS, rows));
    }
}
