package io.suishoupai.status.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.runtime.ConcurrencyGate;
import io.suishoupai.shared.runtime.StatementTimeout;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.stats.CaseStats;
import io.suishoupai.shared.stats.Indicators;
import io.suishoupai.shared.stats.Indicators.GroupBy;
import io.suishoupai.shared.stats.StatsPeriod;
import io.suishoupai.status.dto.PeriodQuery;
import io.suishoupai.status.dto.StatsQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * case-stats: parses the period and grouping, then computes the shared {@link Indicators}. The call is public and its
 * cost grows with the period, so it is bounded three ways: the period a caller may ask for ({@link StatsPeriod}),
 * how many such queries one process runs at once (more are refused 503 BUSY), and how long PostgreSQL may spend on
 * one (a statement timeout; cancelled, it answers 503).
 */
@ApplicationScoped
public class CaseStatsService {

    @Inject
    Pool pool;

    @Inject
    Indicators indicators;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    ConcurrencyGate gate;

    @PostConstruct
    void init() {
        gate = new ConcurrencyGate(config.stats().maxConcurrent(), "statistics queries");
    }

    public Uni<CaseStats> stats(Caller caller, StatsQuery query) {
        InputCheck check = InputCheck.of(query);
        Period period = period(caller, check, query);
        GroupBy groupBy = null;
        try {
            groupBy = GroupBy.valueOf(QueryParams.blank(query.getGroupBy()) ? "NONE" : query.getGroupBy().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            check.require(false, "groupBy", "must be one of " + java.util.Arrays.toString(GroupBy.values()));
        }
        check.optionalText(query.getDepartment(), "department", 32).orThrow();
        GroupBy grouping = groupBy;
        if (grouping == GroupBy.ASSIGNEE) {
            // its keys are staff accounts: the city's business, not the public's
            caller.require(Role.SCREENER, Role.LEADER, Role.ADMIN, Role.HANDLER);
        }
        // a handler sees their own department's figures by assignee, whatever department they name
        boolean handlerOnly = caller.has(Role.HANDLER) && !caller.hasAny(Role.SCREENER, Role.LEADER, Role.ADMIN);
        if (handlerOnly && grouping == GroupBy.ASSIGNEE && caller.department() == null) {
            throw Problems.forbidden(ErrorCode.NOT_YOUR_DEPARTMENT, "Your token names no department (dept claim).");
        }
        String department = handlerOnly && grouping == GroupBy.ASSIGNEE ? caller.department()
                : QueryParams.blank(query.getDepartment()) ? null : query.getDepartment().strip();
        return bounded(connection -> indicators.compute(connection, period.from(), period.to(), period.asOf(), grouping,
                department))
                .map(rows -> new CaseStats(period.from(), period.to(), grouping.name(), Indicators.DEFINITIONS, rows));
    }

    /** A period of received cases, [from, to); {@code asOf} is the earlier of now and its end. */
    public record Period(Instant from, Instant to, Instant asOf) {
    }

    /**
     * Reads {@code from} and {@code to} (dates in the city or instants; the current month to now by default) and
     * checks the period is one this caller may ask for. Errors go to {@code check}; the caller throws.
     */
    public Period period(Caller caller, InputCheck check, PeriodQuery query) {
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
        Duration longest = StatsPeriod.longestFor(caller, config.stats().publicMaxPeriod());
        check.require(from.isBefore(to), "to", "must be after from")
                .require(Duration.between(from, to).compareTo(longest) <= 0, "from", "a period is at most "
                        + longest.toDays() + " days for you; ask for several shorter ones");
        return new Period(from, to, now.isBefore(to) ? now : to);
    }

    /**
     * Runs a statistics query within this process's bounds: refused 503 BUSY beyond the queries allowed at once,
     * cancelled (503) past the statement timeout. Every query over a period of cases goes through here; its
     * statements run on the connection handed to it, in a transaction on the pool (no Hibernate session).
     */
    public <T> Uni<T> bounded(Function<SqlConnection, Uni<T>> query) {
        return Uni.createFrom().item(gate::enterOrRefuse).chain(pass -> pool.withTransaction(connection ->
                StatementTimeout.forThisTransaction(connection, config.stats().statementTimeout())
                        .chain(() -> query.apply(connection)))
                .onTermination().invoke(pass::close));
    }
}
