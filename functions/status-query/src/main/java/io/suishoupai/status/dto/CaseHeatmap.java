package io.suishoupai.status.dto;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The period's cases counted per cell of a {@code cellMeters} grid, the busiest cells first, each at its centre in
 * {@code coordSystem}; {@code cases} is the sum of their counts. {@code truncated}: more cells had cases than the
 * answer holds (the quietest were left out, and {@code cases} does not count them).
 */
@RegisterForReflection
public record CaseHeatmap(Instant from, Instant to, int cellMeters, String coordSystem, long cases,
        List<Cell> cells, boolean truncated) {

    @RegisterForReflection
    public record Cell(double lat, double lon, long count) {
    }
}
