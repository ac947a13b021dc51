package io.suishoupai.status.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.geo.HeatGrid;
import io.suishoupai.shared.routing.ServiceArea;
import io.suishoupai.shared.runtime.PoolRows;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.status.dto.CaseHeatmap;
import io.suishoupai.status.dto.HeatmapQuery;
import io.smallrye.mutiny.Uni;

/**
 * case-heatmap: the cases received in a period counted per grid cell, for the dashboard's heat layer. PostgreSQL does
 * the counting, so the answer's size is bounded by the cells ({@link #MAX_CELLS}), never by the cases; the period
 * and the work at once are bounded as case-stats' are (it is public too).
 */
@ApplicationScoped
public class CaseHeatmapService {

    /** A city of 30 × 30 km in 200 m cells has 22 500: enough for every busy cell, at most ~150 KB of JSON. */
    static final int MAX_CELLS = 3_000;

    @Inject
    CaseStatsService stats;

    @Inject
    ServiceArea serviceArea;

    public Uni<CaseHeatmap> heatmap(Caller caller, HeatmapQuery query) {
        InputCheck check = InputCheck.of(query);
        CaseStatsService.Period period = stats.period(caller, check, query);
        Integer cellMeters = new QueryParams(check).integer(query.getCellMeters(), "cellMeters",
                HeatGrid.MIN_CELL_METERS, HeatGrid.MAX_CELL_METERS, HeatGrid.DEFAULT_CELL_METERS);
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem");
        check.orThrow();
        CoordSystem system = CoordSystem.orDefault(query.getCoordSystem());
        HeatGrid grid = HeatGrid.of(cellMeters, serviceArea.centreLatitude());
        return stats.bounded(connection -> PoolRows.of(connection,
                "SELECT floor(c.lat / $1)::bigint, floor(c.lon / $2)::bigint, count(*) FROM city_case c "
                        + "WHERE c.created_at >= $3 AND c.created_at < $4 GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT $5",
                grid.latStep(), grid.lonStep(), period.from(), period.to(), (long) MAX_CELLS + 1))
                .map(rows -> {
                    boolean truncated = rows.size() > MAX_CELLS;
                    List<CaseHeatmap.Cell> cells = rows.stream().limit(MAX_CELLS).map(r -> {
                        GeoPoint centre = system.fromWgs84(grid.centre(((Number) r[0]).longValue(),
                                ((Number) r[1]).longValue()));
                        return new CaseHeatmap.Cell(round(centre.lat()), round(centre.lon()), ((Number) r[2]).longValue());
                    }).toList();
                    long cases = cells.stream().mapToLong(CaseHeatmap.Cell::count).sum();
                    return new CaseHeatmap(period.from(), period.to(), grid.cellMeters(), system.name(), cases, cells,
                            truncated);
                });
    }

    /** Six decimals (about 0.1 m): a cell's centre needs no more. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
