package io.suishoupai.shared.caseflow;

import io.smallrye.mutiny.Uni;

/**
 * Acts on every move of a case, in the transaction that made it (the points it earns, the citizen's notice, the
 * metrics). {@link CaseJournal} calls each listener bean in turn; the lifecycle knows none of them, so the packages
 * that react to moves depend on {@code caseflow} and never the other way round. A listener's failure rolls the move
 * back.
 */
public interface TransitionListener {

    Uni<?> onTransition(CaseTransition transition);
}
