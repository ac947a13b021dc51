package io.suishoupai.shared.subscription;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.caseflow.CaseTransition;
import io.suishoupai.shared.caseflow.TransitionListener;
import io.smallrye.mutiny.Uni;

/**
 * Case subscriptions made for the citizen: the reporter hears of their own case (subscribed when it is created, as a
 * listener of its first move), and a supporter of the case they said was still there. Either may unsubscribe.
 */
@ApplicationScoped
public class Subscriptions implements TransitionListener {

    @Inject
    CurrentSql sql;

    @Override
    public Uni<Integer> onTransition(CaseTransition t) {
        if (t.from() != null || !t.c().source.hasCitizenReporter() || t.c().reporterId == null) {
            return Uni.createFrom().item(0);
        }
        return subscribeToCase(t.c().reporterId, t.c().id, t.at());
    }

    /** Must run inside a transaction. Subscribes the account to the case; 0 when it already was (no second row). */
    public Uni<Integer> subscribeToCase(String accountId, long caseId, Instant at) {
        return sql.update("INSERT INTO subscription (account_id, kind, case_id, created_at) "
                + "VALUES (?1, 'CASE', ?2, ?3) ON CONFLICT DO NOTHING", accountId, caseId, at);
    }
}
