package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.CaseNumber;
import io.suishoupai.shared.caseflow.CaseRows;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.ResponseTemplates;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.triage.dto.CaseCommand;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.idempotency.IdempotencyStore;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.view.Audience;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.shared.view.CaseViews;
import io.smallrye.mutiny.Uni;

/**
 * The frame of every staff action on a case: one transaction on the reactive pool with the idempotency claim, the
 * case read by number (404), the version the caller saw checked (409), the response template it names (422), the
 * change, then the case's changed columns written — where the version check makes the loser of a race fail with
 * 409 — and the staff view of the result as the answer. No Hibernate session: triage-routing is built without it.
 */
@ApplicationScoped
public class CaseChanges {

    @Inject
    Reactive reactive;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    CaseViews views;

    @Inject
    ResponseTemplates templates;

    @Inject
    CaseRows cases;

    /** A response template the call named, filled for the case, for the move it makes (422 UNKNOWN_TEMPLATE). */
    private Uni<Void> template(Object request, CityCase c) {
        String code = request instanceof CaseCommand command ? InputCheck.blankToNull(command.templateCode()) : null;
        if (code == null) {
            return Uni.createFrom().voidItem();
        }
        return templates.named(code.strip(), c).invoke(text -> c.templateNote = text).replaceWithVoid();
    }

    /**
     * Blocking work (storage, pixels) inside a change: run on a worker thread, its result handed back on the
     * transaction's own Vert.x context, where the session lives.
     */
    public <T> Uni<T> blocking(java.util.function.Supplier<T> work) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        return Uni.createFrom().item(work).runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure
                .getDefaultWorkerPool()).emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    public Uni<CaseView> change(Caller caller, String operation, String idempotencyKey, Object request,
            String caseNumber, Integer expectedVersion, Instant now, Function<CityCase, Uni<CityCase>> change) {
        CaseNumber number = CaseNumber.of(caseNumber);
        return reactive.poolTransaction(() -> idempotency.once(caller.id(), operation, idempotencyKey, request,
                CaseView.class, now, () -> cases.getByNumber(number)
                        .invoke(c -> {
                            if (expectedVersion != null && expectedVersion != c.version) {
                                throw Problems.conflict(ErrorCode.CONCURRENT_UPDATE, "The case is at version " + c.version
                                        + ", not " + expectedVersion + ": someone changed it; reload it.");
                            }
                        })
                        .call(c -> template(request, c))
                        .chain(c -> change.apply(c))
                        .call(cases::save)
                        .chain(c -> views.of(c, Audience.STAFF))));
    }
}
