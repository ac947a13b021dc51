package io.suishoupai.shared.caseflow;

import static io.suishoupai.shared.caseflow.CaseState.CHECKING;
import static io.suishoupai.shared.caseflow.CaseState.CLOSED;
import static io.suishoupai.shared.caseflow.CaseState.DEFERRED;
import static io.suishoupai.shared.caseflow.CaseState.DISPATCHED;
import static io.suishoupai.shared.caseflow.CaseState.DISPOSED;
import static io.suishoupai.shared.caseflow.CaseState.DUPLICATE;
import static io.suishoupai.shared.caseflow.CaseState.FILED;
import static io.suishoupai.shared.caseflow.CaseState.NOT_FILED;
import static io.suishoupai.shared.caseflow.CaseState.RETURNED;
import static io.suishoupai.shared.caseflow.CaseState.SUBMITTED;
import static io.suishoupai.shared.caseflow.CaseState.SUSPENDED;
import static io.suishoupai.shared.caseflow.CaseState.VOIDED;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;

/**
 * The one place that says which state may become which, and who may move it (DESIGN.md, the case lifecycle).
 * {@code from == null} is the creation of a case. {@link ActorRole#SYSTEM} moves made by rules (auto-dispatch).
 */
public final class CaseLifecycle {

    /** One allowed move and the roles that may make it. */
    public record Transition(CaseState from, CaseState to, Set<ActorRole> by) {
    }

    private static final Set<ActorRole> SCREENER = Set.of(ActorRole.SCREENER);
    private static final Set<ActorRole> SCREENER_OR_SYSTEM = Set.of(ActorRole.SCREENER, ActorRole.SYSTEM);
    private static final Set<ActorRole> HANDLER = Set.of(ActorRole.HANDLER);
    private static final Set<ActorRole> INSPECTOR = Set.of(ActorRole.INSPECTOR);
    private static final Set<ActorRole> LEADER = Set.of(ActorRole.LEADER);
    /** Who ends a pause: a screener or leader (resume-case), or the reminder run when its date comes. */
    private static final Set<ActorRole> RESUMERS = Set.of(ActorRole.SCREENER, ActorRole.LEADER, ActorRole.SYSTEM);

    public static final List<Transition> TRANSITIONS = List.of(
            // a report (citizen, staff, an inspector's patrol) or a case a screener registers (hotline, media …)
            new Transition(null, SUBMITTED, Set.of(ActorRole.CITIZEN, ActorRole.STAFF, ActorRole.INSPECTOR,
                    ActorRole.SCREENER)),
            new Transition(SUBMITTED, FILED, SCREENER_OR_SYSTEM),
            new Transition(SUBMITTED, NOT_FILED, SCREENER),
            new Transition(SUBMITTED, DUPLICATE, SCREENER),
            // 核实: the screener sends an inspector to look; found, the case is screened again; not found, not filed
            new Transition(SUBMITTED, CHECKING, SCREENER),
            new Transition(CHECKING, SUBMITTED, INSPECTOR),
            new Transition(CHECKING, NOT_FILED, INSPECTOR),
            new Transition(FILED, DISPATCHED, SCREENER_OR_SYSTEM),
            // extensions keep the case DISPATCHED: the handler asks, the screener decides (approval moves the deadline)
            // (a second or long extension is the leader's decision: ExtensionRules.needsLeader)
            new Transition(DISPATCHED, DISPATCHED, Set.of(ActorRole.HANDLER, ActorRole.SCREENER, ActorRole.LEADER)),
            new Transition(DISPATCHED, DISPOSED, HANDLER),
            new Transition(DISPATCHED, RETURNED, HANDLER),
            new Transition(RETURNED, DISPATCHED, SCREENER),
            // verified fixed (the inspector), or closed unresolved from the department's hands (a leader)
            new Transition(DISPOSED, CLOSED, Set.of(ActorRole.INSPECTOR, ActorRole.LEADER)),
            new Transition(DISPATCHED, CLOSED, LEADER),
            // 挂账: the handler asks (DISPATCHED → DISPATCHED above), a leader approves; 缓办: a leader decides
            new Transition(DISPATCHED, SUSPENDED, LEADER),
            new Transition(DISPATCHED, DEFERRED, LEADER),
            new Transition(SUSPENDED, DISPATCHED, RESUMERS),
            new Transition(DEFERRED, DISPATCHED, RESUMERS),
            new Transition(SUSPENDED, CLOSED, LEADER),
            new Transition(DEFERRED, CLOSED, LEADER),
            // 作废: a filed case found invalid, at any point before it closes
            new Transition(FILED, VOIDED, LEADER),
            new Transition(DISPATCHED, VOIDED, LEADER),
            new Transition(RETURNED, VOIDED, LEADER),
            new Transition(DISPOSED, VOIDED, LEADER),
            new Transition(SUSPENDED, VOIDED, LEADER),
            new Transition(DEFERRED, VOIDED, LEADER),
            // rework (返工): the inspector sends it back; the deadline is not reset
            new Transition(DISPOSED, DISPATCHED, INSPECTOR),
            // reopened once, by its reporter, after a poor rating (rate-case); no other call reopens a case
            new Transition(CLOSED, DISPATCHED, Set.of(ActorRole.CITIZEN, ActorRole.STAFF)));

    private CaseLifecycle() {
    }

    public static Optional<Transition> find(CaseState from, CaseState to) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    public static boolean allowed(CaseState from, CaseState to) {
        return find(from, to).isPresent();
    }

    /**
     * Checks a move: 422 INVALID_TRANSITION naming the current state when the move does not exist, 403 when the
     * actor's role may not make it.
     */
    public static Transition check(CaseState from, CaseState to, ActorRole actor) {
        Transition t = find(from, to).orElseThrow(() -> Problems.unprocessable(ErrorCode.INVALID_TRANSITION,
                "A case in state " + from + " cannot become " + to + "."));
        if (!t.by().contains(actor)) {
            throw Problems.forbidden(ErrorCode.FORBIDDEN, "The role " + actor.name().toLowerCase()
                    + " may not move a case from " + from + " to " + to + ".");
        }
        return t;
    }

    /**
     * For actions that share a (from, to) pair with another action — dispatch and extension both end in
     * DISPATCHED — the states this action starts from: 422 INVALID_TRANSITION naming the current state otherwise.
     */
    public static void requireFrom(CaseState current, CaseState target, CaseState... from) {
        for (CaseState allowed : from) {
            if (allowed == current) {
                return;
            }
        }
        throw Problems.unprocessable(ErrorCode.INVALID_TRANSITION, "A case in state " + current + " cannot become " + target
                + " this way; this action starts from " + java.util.Arrays.toString(from) + ".");
    }
}
