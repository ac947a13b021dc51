package io.suishoupai.triage.service;

import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;

import io.suishoupai.shared.caseflow.CaseRows;

import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.routing.AreaLocator;
import io.suishoupai.shared.routing.Placement;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.triage.dto.PlaceCasesRequest;
import io.suishoupai.triage.dto.PlaceCasesResult;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Places the cases that never were — reported before the city imported its grid — as intake places new ones, in
 * batches an admin calls until none remain. A case outside every unit is marked placed too, so the backfill ends.
 * A case placed once keeps its units: redrawing the grid later does not move old cases. Placing a case is a change
 * of the case (its version moves on), so a staff command that read it before fails with 409 rather than write the
 * old units back.
 */
@ApplicationScoped
public class CasePlacementService {

    static final int DEFAULT_LIMIT = 1_000;
    static final int MAX_LIMIT = 5_000;

    @Inject
    Reactive reactive;

    @Inject
    AreaLocator locator;

    @Inject
    AppClock clock;

    @Inject
    CaseRows rows;

    @Inject
    CurrentSql sql;

    public Uni<PlaceCasesResult> placeUnplaced(PlaceCasesRequest r) {
        InputCheck.of(r).require(r.limit() == null || (r.limit() >= 1 && r.limit() <= MAX_LIMIT), "limit",
                "must be 1 to " + MAX_LIMIT).orThrow();
        int limit = r.limit() == null ? DEFAULT_LIMIT : r.limit();
        Instant now = clock.now();
        return reactive.poolTransaction(() -> rows.where("c.placed_at IS NULL ORDER BY c.id LIMIT ?1", limit)
                .chain(cases -> Multi.createFrom().iterable(cases)
                        .onItem().transformToUniAndConcatenate(c -> locator.place(new GeoPoint(c.lat, c.lon))
                                .map(p -> place(c, p, now)).call(() -> rows.save(c)))
                        .collect().asList()
                        .chain(inUnit -> sql.value("SELECT count(*) FROM city_case WHERE placed_at IS NULL")
                                .map(remaining -> new PlaceCasesResult(cases.size(),
                                        (int) inUnit.stream().filter(Boolean::booleanValue).count(),
                                        ((Number) remaining).longValue())))));
    }

    /** Whether the case lies in some unit. */
    private static boolean place(CityCase c, Placement p, Instant now) {
        c.place(p, now);
        return !p.isEmpty();
    }
}
