package io.suishoupai.status.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.Public;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.view.CaseSummary;
import io.suishoupai.shared.view.Page;
import io.suishoupai.shared.stats.CaseStats;
import io.suishoupai.status.dto.MyCasesQuery;
import io.suishoupai.status.dto.SearchQuery;
import io.suishoupai.status.dto.StatsQuery;
import io.suishoupai.status.dto.CaseHeatmap;
import io.suishoupai.status.dto.HeatmapQuery;
import io.suishoupai.status.service.CaseHeatmapService;
import io.suishoupai.status.service.CaseSearchService;
import io.suishoupai.status.service.CaseStatsService;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** Finding cases and measuring the city. */
public class SearchFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    CaseSearchService search;

    @Inject
    CaseStatsService stats;

    @Inject
    CaseHeatmapService heatmap;

    /**
     * GET /search-cases?q=&category=&place=&caseNumber=&state=&from=&to=&department=&district=&street=&community=
     * &grid=&lat=&lon=&radius=&coordSystem= (public).
     */
    @Public
    @Operation(summary = "Search cases: public summaries, newest first")
    @ReadOnly
    @Funq("search-cases")
    public Uni<Page<CaseSummary>> searchCases(SearchQuery query) {
        return search.search(query == null ? new SearchQuery() : query);
    }

    /** GET /my-cases?page=&size=&coordSystem= (citizen, staff): the caller's own reports, newest first. */
    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "The caller's own reports, newest first, in full")
    @ReadOnly
    @Funq("my-cases")
    public Uni<Page<CaseSummary>> myCases(MyCasesQuery query) {
        var caller = callers.current();
        return search.mine(caller, query == null ? new MyCasesQuery() : query);
    }

    /**
     * GET /case-stats?from=&to=&groupBy=NONE|DEPARTMENT|CATEGORY|SOURCE|DISTRICT|STREET|COMMUNITY|GRID (public): indicators
     * with their denominators.
     */
    @Public
    @Operation(summary = "Indicators for a period, with numerators and denominators, optionally per department, category, source or unit")
    @ReadOnly
    @Funq("case-stats")
    public Uni<CaseStats> caseStats(StatsQuery query) {
        return stats.stats(callers.current(), query == null ? new StatsQuery() : query);
    }

    /**
     * GET /case-heatmap?from=&to=&cellMeters=&coordSystem= (public): the period's cases counted per cell (100 m to
     * 5 km; 200 m by default), the busiest first: the dashboard's heat layer.
     */
    @Public
    @Operation(summary = "Where the period's cases were reported: counts per grid cell, for a heat map")
    @ReadOnly
    @Funq("case-heatmap")
    public Uni<CaseHeatmap> caseHeatmap(HeatmapQuery query) {
        return heatmap.heatmap(callers.current(), query == null ? new HeatmapQuery() : query);
    }
}
