package io.suishoupai.shared.caseflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.geo.GeoPoint;
import io.smallrye.mutiny.Uni;

/**
 * Possible duplicates of a report: open cases of the same category within the configured radius (default 50 m)
 * created within the window (default 7 days). A bounding box narrows the rows in SQL; the exact distance is
 * great-circle, and decides; the distance shown is measured to the public point (see {@link #publicDistance}).
 */
@ApplicationScoped
public class DuplicateFinder {

    /** An open case near the new one. */
    @RegisterForReflection
    public record PossibleDuplicate(String caseNumber, double distanceMeters) {
    }

    private static final int MAX_RESULTS = 10;

    @Inject
    SuishoupaiConfig config;

    /** Must run inside a unit of work on the pool. */
    public Uni<List<PossibleDuplicate>> near(String categoryCode, GeoPoint point, Long excludeCaseId, Instant now) {
        double radius = config.duplicates().radiusMeters();
        double dLat = GeoPoint.latDegrees(radius);
        double dLon = point.lonDegrees(radius);
        return CurrentSql.here().rows(
                "SELECT case_number, lat, lon FROM city_case WHERE category_code = ?1 AND created_at >= ?2 "
                        + "AND state NOT IN (" + CaseState.sqlList(CaseState.FINAL) + ") AND id <> ?3 "
                        + "AND lat BETWEEN ?4 AND ?5 AND lon BETWEEN ?6 AND ?7", categoryCode,
                now.minus(config.duplicates().window()), excludeCaseId == null ? -1L : excludeCaseId,
                point.lat() - dLat, point.lat() + dLat, point.lon() - dLon, point.lon() + dLon)
                .map(rows -> rows.stream()
                        .filter(r -> point.distanceMeters(pointOf(r)) <= radius)
                        .map(r -> new PossibleDuplicate((String) r[0], publicDistance(point, pointOf(r))))
                        .sorted(Comparator.comparingDouble(PossibleDuplicate::distanceMeters)
                                .thenComparing(PossibleDuplicate::caseNumber))
                        .limit(MAX_RESULTS)
                        .toList());
    }

    private static GeoPoint pointOf(Object[] row) {
        return new GeoPoint(((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue());
    }

    /**
     * The distance a reporter is told: to the other case's public (rounded) point, in whole tens of metres. Exact
     * distances to 0.1 m from a few reports would place another person's report more finely than its public view.
     */
    static double publicDistance(GeoPoint from, GeoPoint other) {
        return Math.round(from.distanceMeters(other.roundedForPublic()) / 10) * 10.0;
    }
}
