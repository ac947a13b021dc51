package io.suishoupai.shared.points;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.caseflow.CaseOutcome;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CaseTransition;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.TransitionListener;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.smallrye.mutiny.Uni;

/**
 * Points earned by a report, in the transaction of the transition that earns them: the category's value when the
 * case is FILED, a bonus when it is CLOSED fixed (once, even if reopened and closed again; a leader's unresolved
 * closure pays none: nothing was fixed). NOT_FILED and DUPLICATE never
 * pass through FILED, so a rejected report or a later duplicate earns nothing; the first reporter earns in full.
 * Open311 reports have no account here.
 */
@ApplicationScoped
public class PointsEarner implements TransitionListener {

    @Inject
    CurrentSql sql;

    @Inject
    PointsLedger ledger;

    @Inject
    SuishoupaiConfig config;

    @Override
    public Uni<Integer> onTransition(CaseTransition t) {
        if (Gaming.ends(t.to(), t.publicNote())) {
            return ledger.reverse(t.c().reporterId, t.c().caseNumber, t.at());
        }
        return earned(t.c(), t.to(), t.at());
    }

    private Uni<Integer> earned(CityCase c, CaseState to, Instant at) {
        // only the public's reports earn points: not Open311's, an inspector's patrol or a case a screener registered
        if (!c.source.isPublicReport() || (to != CaseState.FILED && to != CaseState.CLOSED)) {
            return Uni.createFrom().item(0);
        }
        if (to == CaseState.CLOSED) {
            if (c.outcome != CaseOutcome.RESOLVED) {
                return Uni.createFrom().item(0);
            }
            return ledger.earn(c.reporterId, config.points().closureBonus(), PointsLedger.Reason.CLOSED, c.caseNumber, at);
        }
        // a statement, not an entity: this runs in a pool transaction too (points-redemption has no Hibernate)
        return sql.first("SELECT points FROM category WHERE code = ?1", c.categoryCode)
                .chain(row -> ledger.earn(c.reporterId, row == null ? 0 : ((Number) row[0]).intValue(),
                        PointsLedger.Reason.FILED, c.caseNumber, at));
    }
}
