package io.suishoupai.shared.notify;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CaseTransition;
import io.suishoupai.shared.caseflow.TransitionListener;
import io.suishoupai.shared.subscription.CaseNews;
import io.smallrye.mutiny.Uni;

/**
 * The citizens' news of a case's moves: when it is filed, not filed, dispatched, parked, deferred, voided or closed
 * (with how), with the public note, for everyone who follows it (its reporter, supporters and subscribers, see
 * {@link CaseNews}). Written with the move, in its transaction; the delivery pass batches each citizen's news into
 * one message on the citizen channel (a gateway to SMS or WeChat template messages).
 */
@ApplicationScoped
public class CitizenNotices implements TransitionListener {

    static final Set<CaseState> TOLD = Set.of(CaseState.FILED, CaseState.NOT_FILED, CaseState.DISPATCHED,
            CaseState.CLOSED, CaseState.SUSPENDED, CaseState.DEFERRED, CaseState.VOIDED);

    @Inject
    CaseNews news;

    @Override
    public Uni<Integer> onTransition(CaseTransition t) {
        return told(t.from(), t.to()) ? news.tell(t.c(), CaseNews.Kind.STATE, t.publicNote(), t.at())
                : Uni.createFrom().item(0);
    }

    /** DISPATCHED → DISPATCHED (extensions) and rework are the city's business, not news for the citizen. */
    static boolean told(CaseState from, CaseState to) {
        boolean rework = from == CaseState.DISPOSED && to == CaseState.DISPATCHED;
        return TOLD.contains(to) && from != to && !rework;
    }
}
