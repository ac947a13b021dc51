package io.suishoupai.shared.caseflow;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.calendar.Calendars;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.smallrye.mutiny.Uni;

/**
 * Keeps each case's stage runs (CaseStage) with its moves, in their transaction: a move out of a timed stage ends
 * its open run; a move into one starts a run due its configured hours later on the working calendar. A move within
 * one stage keeps the clock running.
 */
@ApplicationScoped
public class StageClock implements TransitionListener {

    @Inject
    CurrentSql sql;

    @Inject
    Calendars calendars;

    @Inject
    SuishoupaiConfig config;

    @Override
    public Uni<?> onTransition(CaseTransition t) {
        Optional<CaseStage> left = t.from() == null ? Optional.empty() : CaseStage.of(t.from());
        Optional<CaseStage> entered = CaseStage.startedBy(t.from(), t.to());
        if (left.equals(CaseStage.of(t.to()))) {
            return Uni.createFrom().voidItem();
        }
        Uni<Integer> ended = left.isEmpty() ? Uni.createFrom().item(0) : end(t.c().id, t.at());
        return ended.chain(() -> entered.isEmpty() ? Uni.createFrom().voidItem()
                : start(t.c().id, entered.get(), t.at()));
    }

    /** A native update: a run started in this transaction is already in the table (its id is an IDENTITY). */
    private Uni<Integer> end(Long caseId, Instant at) {
        return sql.update("UPDATE case_stage SET ended_at = ?1 WHERE case_id = ?2 AND ended_at IS NULL", at, caseId);
    }

    /** A native insert: a run is written once here and only ever ended by {@link #end}, so nothing stays managed. */
    private Uni<Integer> start(Long caseId, CaseStage stage, Instant at) {
        SuishoupaiConfig.Stages limits = config.stages();
        return calendars.from(at).chain(calendar -> sql.update(
                "INSERT INTO case_stage (case_id, stage, started_at, due_at) VALUES (?1, ?2, ?3, ?4)", caseId,
                stage.name(), at, calendar.deadline(at, stage.hours(limits), limits.workingHours())));
    }
}
