package io.suishoupai.points.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.points.dto.PointsDtos.Rate;
import io.suishoupai.points.dto.PointsDtos.RateResult;
import io.suishoupai.shared.caseflow.CaseEvent;
import io.suishoupai.shared.caseflow.CaseNumber;
import io.suishoupai.shared.caseflow.ReopenRule;
import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CaseRows;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.idempotency.IdempotencyStore;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.time.AppClock;
import io.smallrye.mutiny.Uni;

/**
 * A reporter rates their own closed case once (1–5, optional comment). A rating of 2 or less within 7 days of the
 * closure reopens the case (CLOSED → DISPATCHED, back to its department for another fix and verification) — once
 * in the case's life. Ratings feed the satisfaction indicator. On the pool, with no Hibernate session (issue #19).
 */
@ApplicationScoped
public class RatingService {

    @Inject
    Reactive reactive;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    CaseJournal journal;

    @Inject
    CaseRows cases;

    @Inject
    CurrentSql sql;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    public Uni<RateResult> rate(Caller caller, Rate r) {
        InputCheck.of(r).idempotencyKey(r.idempotencyKey()).caseNumber(r.caseNumber(), "caseNumber")
                .require(r.score() != null && r.score() >= 1 && r.score() <= 5, "score", "must be 1 to 5")
                .optionalText(r.comment(), "comment", 1000).orThrow();
        Instant now = clock.now();
        CaseNumber number = CaseNumber.of(r.caseNumber());
        return reactive.poolTransaction(() -> idempotency.once(caller.id(), "rate-case", r.idempotencyKey(), r,
                RateResult.class, now, () -> cases.getByNumber(number).chain(c -> {
                    if (!caller.id().equals(c.reporterId)) {
                        throw Problems.forbidden(ErrorCode.NOT_YOUR_CASE, "Only the reporter of " + number
                                + " rates it.");
                    }
                    if (c.state != CaseState.CLOSED) {
                        throw Problems.unprocessable(ErrorCode.CASE_NOT_CLOSED, "Case " + number + " is " + c.state
                                + "; a case is rated once it is closed.");
                    }
                    return sql.first("SELECT 1 FROM case_rating WHERE case_id = ?1", c.id).chain(existing -> {
                        if (existing != null) {
                            throw Problems.conflict(ErrorCode.ALREADY_RATED, "Case " + number + " was rated already.");
                        }
                        // a twin rating at the same moment loses on the primary key (409), as the lock-free read
                        // above cannot tell
                        return reopenIfPoor(c, r.score(), caller, now).call(reopened -> sql.update(
                                "INSERT INTO case_rating (case_id, reporter_id, score, comment, reopened, at) "
                                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", c.id, caller.id(), r.score(), r.comment(),
                                reopened, now))
                                .map(reopened -> new RateResult(number.value(), r.score(), reopened));
                    });
                })));
    }

    private Uni<Boolean> reopenIfPoor(CityCase c, int score, Caller caller, Instant now) {
        var rule = new ReopenRule(config.rating().reopenMaxScore(), config.rating().reopenWindow());
        if (!rule.poor(score) || !ReopenRule.reopenable(c.outcome)) {
            return Uni.createFrom().item(false);
        }
        return CaseEvent.closuresOf(sql, c.id)
                .chain(closures -> {
                    if (!rule.reopens(score, closures.lastClosedAt(), closures.reopened(), now)) {
                        return Uni.createFrom().item(false);
                    }
                    return journal.move(c, CaseState.DISPATCHED, new CaseJournal.Actor(caller.id(), ActorRole.CITIZEN),
                            "市民评价不满意（" + score + " 分），重新处置", false, null, now).replaceWith(true); // the score is the reporter's
                });
    }
}
