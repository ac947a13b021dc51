package io.suishoupai.shared.caseflow;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.suishoupai.shared.notify.CitizenNotices;
import io.suishoupai.shared.ops.LogContext;
import io.suishoupai.shared.ops.BusinessMetrics;
import io.suishoupai.shared.points.PointsEarner;

import io.smallrye.mutiny.Uni;

/**
 * Writes the case event log. Every state change goes through {@link #move}, which checks the lifecycle table,
 * changes the case and appends exactly one event row, in the caller's transaction.
 */
@ApplicationScoped
public class CaseJournal {

    private static final Logger LOG = Logger.getLogger(CaseJournal.class);

    @Inject
    CitizenNotices citizenNotices;

    @Inject
    PointsEarner pointsEarner;

    @Inject
    BusinessMetrics metrics;

    /** An actor as recorded in the log. */
    public record Actor(String id, ActorRole role) {
    }

    /** Persists a new case in SUBMITTED with its first event. */
    public Uni<CityCase> create(CityCase newCase, Actor actor, String note, List<String> mediaKeys, Instant at) {
        CaseLifecycle.check(null, CaseState.SUBMITTED, actor.role());
        newCase.state = CaseState.SUBMITTED;
        newCase.createdAt = at;
        newCase.updatedAt = at;
        metrics.transition(CaseState.SUBMITTED.name());
        return newCase.<CityCase>persist()
                .call(c -> append(c, null, CaseState.SUBMITTED, actor, note, true, mediaKeys, at));
    }

    /**
     * Checks and makes one move; the optimistic version makes a concurrent second move fail with 409. The citizen's
     * notice (if the move is news to them) is queued, and the points it earns are granted, in the same transaction.
     */
    public Uni<CityCase> move(CityCase c, CaseState to, Actor actor, String note, boolean publicNote,
            List<String> mediaKeys, Instant at) {
        CaseState from = c.state;
        CaseLifecycle.check(from, to, actor.role());
        c.state = to;
        c.updatedAt = at;
        metrics.transition(to.name());
        return append(c, from, to, actor, note, publicNote, mediaKeys, at)
                .chain(() -> citizenNotices.stateChanged(c, from, to, publicNote ? note : null, at))
                .chain(() -> pointsEarner.onTransition(c, to, at))
                .replaceWith(c);
    }

    private Uni<CaseEvent> append(CityCase c, CaseState from, CaseState to, Actor actor, String note,
            boolean publicNote, List<String> mediaKeys, Instant at) {
        LogContext.caseNumber(c.caseNumber);
        LOG.infof("case %s: %s -> %s by %s", c.caseNumber, from == null ? "new" : from, to, actor.role());
        CaseEvent event = new CaseEvent();
        event.caseId = c.id;
        event.at = at;
        event.actorId = actor.id();
        event.actorRole = actor.role();
        event.fromState = from;
        event.toState = to;
        event.note = note;
        event.publicNote = publicNote;
        event.mediaKeys = mediaKeys == null || mediaKeys.isEmpty() ? null : String.join(" ", mediaKeys);
        return event.persist();
    }
}
