package io.suishoupai.shared.caseflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.CurrentEntities;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.LogContext;

import io.smallrye.mutiny.Uni;

/**
 * Writes the case event log. Every state change goes through {@link #move}, which checks the lifecycle table,
 * changes the case and appends exactly one event row, in the caller's transaction, then tells every
 * {@link TransitionListener} (points, notices, metrics) in the same transaction: the caller's, on a connection of
 * the reactive pool ({@link CurrentSql}).
 */
@ApplicationScoped
public class CaseJournal {

    private static final Logger LOG = Logger.getLogger(CaseJournal.class);

    @Inject
    @Any
    Instance<TransitionListener> listenerBeans;

    @Inject
    ResponseTemplates templates;

    @Inject
    CurrentSql sql;

    @Inject
    CurrentEntities entities;

    /** In a fixed order (by class name), so that a move's effects are written the same way every time. */
    private List<TransitionListener> listeners;

    @PostConstruct
    void orderListeners() {
        listeners = listenerBeans.stream()
                .sorted(Comparator.comparing(l -> l.getClass().getName()))
                .toList();
    }

    /** An actor as recorded in the log. */
    public record Actor(String id, ActorRole role) {
    }

    /**
     * Writes a new case in SUBMITTED with its first event, and tells the listeners. The case is remembered as written
     * ({@link CurrentEntities#track}), so a move in the same transaction (AutoDispatch) writes what changed since.
     */
    public Uni<CityCase> create(CityCase newCase, Actor actor, String note, List<String> mediaKeys, Instant at) {
        CaseLifecycle.check(null, CaseState.SUBMITTED, actor.role());
        newCase.state = CaseState.SUBMITTED;
        newCase.createdAt = at;
        newCase.updatedAt = at;
        // one statement for both rows (NewCaseInsert)
        CaseEvent first = event(newCase, null, CaseState.SUBMITTED, actor, note, true, mediaKeys, at);
        return NewCaseInsert.write(newCase, first).replaceWith(newCase).invoke(entities::track)
                .call(c -> tell(new CaseTransition(c, null, CaseState.SUBMITTED, actor.role(), note, at)));
    }

    /**
     * Checks and makes one move; the optimistic version makes a concurrent second move fail with 409. The listeners
     * act on it in the same transaction. A response template gives the move its public wording: the one the staff
     * call named ({@link CityCase#templateNote}), else, when the move has no public note, the state's automatic one.
     * With no note the template is the move's note; after a public note it follows it; beside an internal note it is
     * a public entry of its own, so the citizen reads it and never the internal text.
     */
    public Uni<CityCase> move(CityCase c, CaseState to, Actor actor, String note, boolean publicNote,
            List<String> mediaKeys, Instant at) {
        return move(c, to, actor, note, null, publicNote, mediaKeys, at);
    }

    /**
     * The same, where the system has wording of its own for a move the staff gave no note ("派遣至 …"): a template
     * of the state, when there is one, goes first, and {@code defaultNote} stands in otherwise.
     */
    public Uni<CityCase> move(CityCase c, CaseState to, Actor actor, String note, String defaultNote,
            boolean publicNote, List<String> mediaKeys, Instant at) {
        CaseState from = c.state;
        CaseLifecycle.check(from, to, actor.role());
        String named = c.templateNote;
        c.templateNote = null;
        boolean noNote = note == null || note.isBlank();
        Uni<String> template = named != null ? Uni.createFrom().item(named)
                : noNote || !publicNote ? templates.automatic(to.name(), c) : Uni.createFrom().nullItem();
        return template.chain(wording -> {
            c.state = to;
            // an outcome belongs to CLOSED, and who closed decides it; a pause's dates belong to the pause
            c.outcome = to == CaseState.CLOSED ? CaseOutcome.ofClosing(actor.role()) : null;
            if (!CaseState.PAUSED.contains(to)) {
                c.pausedAt = null;
                c.resumeAt = null;
            }
            c.updatedAt = at;
            MoveNote moveNote = MoveNote.of(noNote ? (wording == null ? defaultNote : null) : note, publicNote,
                    wording);
            return written(c)
                    .chain(() -> append(c, from, to, actor, moveNote.note(), moveNote.isPublic(), mediaKeys, at))
                    .chain(() -> moveNote.extraPublic() == null ? Uni.createFrom().voidItem()
                            : append(c, to, to, actor, moveNote.extraPublic(), true, null, at).replaceWithVoid())
                    .chain(() -> tell(new CaseTransition(c, from, to, actor.role(), moveNote.publicText(), at)))
                    .replaceWith(c);
        });
    }

    /**
     * A timeline entry that moves nothing (a reporter's follow-up): appended in the case's current state, with no
     * lifecycle check and no listener told — it earns no points and starts no clock.
     */
    public Uni<CaseEvent> annotate(CityCase c, Actor actor, String note, boolean publicNote, List<String> mediaKeys,
            Instant at) {
        return append(c, c.state, c.state, actor, note, publicNote, mediaKeys, at);
    }

    private Uni<Void> tell(CaseTransition transition) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (TransitionListener listener : listeners) {
            chain = chain.call(() -> listener.onTransition(transition));
        }
        return chain;
    }

    /**
     * The move writes the case itself, checking its version: every column changed since {@link CaseRows} read it or
     * {@link #create} wrote it (the move's and the caller's own, such as a filing's urgency).
     */
    private Uni<Void> written(CityCase c) {
        Set<String> changed = entities.changedColumns(c);
        if (changed == null) {
            // nothing to compare with: writing a guessed set of columns could drop a change or undo someone else's
            throw new IllegalStateException("Case " + c.caseNumber + " moved without being read through CaseRows in "
                    + "this transaction");
        }
        return entities.saveVersioned(c, changed).map(saved -> {
            if (!saved) {
                throw Problems.conflict(ErrorCode.CONCURRENT_UPDATE,
                        "Someone else changed this case at the same moment; reload it and try again.");
            }
            return null;
        });
    }

    private Uni<CaseEvent> append(CityCase c, CaseState from, CaseState to, Actor actor, String note,
            boolean publicNote, List<String> mediaKeys, Instant at) {
        CaseEvent event = event(c, from, to, actor, note, publicNote, mediaKeys, at);
        return sql.value("INSERT INTO case_event (case_id, at, actor_id, actor_role, from_state, to_state, note, "
                + "public_note, media_keys) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id", event.caseId,
                event.at, event.actorId, event.actorRole.name(), from == null ? null : from.name(), to.name(),
                event.note, event.publicNote, event.mediaKeys).map(id -> {
                    event.id = ((Number) id).longValue();
                    return event;
                });
    }

    private static CaseEvent event(CityCase c, CaseState from, CaseState to, Actor actor, String note,
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
        return event;
    }
}
