package io.suishoupai.triage.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseLifecycle;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.points.Gaming;
import io.suishoupai.shared.caseflow.ExtensionRequest;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.CloseUnresolvedRequest;
import io.suishoupai.triage.dto.VoidCaseRequest;
import io.smallrye.mutiny.Uni;

/**
 * A leader's two ways to end a case other than a verified fix: void a filed case found invalid (作废), or close one
 * that cannot be fixed (outcome UNRESOLVED). Both reasons are public: the reporter and the city see why.
 */
@ApplicationScoped
public class ClosingService {

    @Inject
    CaseChanges changes;

    @Inject
    CaseJournal journal;

    @Inject
    AppClock clock;

    public Uni<CaseView> voidCase(Caller caller, VoidCaseRequest request) {
        CaseCommandCheck.of(request).text(request.reason(), "reason", 1, 1000).orThrow();
        Instant now = clock.now();
        return changes.change(caller, "void-case", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    CaseLifecycle.check(c.state, CaseState.VOIDED, ActorRole.LEADER);
                    return ExtensionRequest.withdrawPending(c.id, "withdrawn: case voided", now)
                            .chain(() -> journal.move(c, CaseState.VOIDED, leader(caller),
                                    Gaming.named(request.reason()) ? Gaming.PUBLIC_NOTE
                                            : "作废：" + request.reason().strip(), true, null, now));
                });
    }

    public Uni<CaseView> closeUnresolved(Caller caller, CloseUnresolvedRequest request) {
        CaseCommandCheck.of(request).text(request.reason(), "reason", 1, 1000).orThrow();
        Instant now = clock.now();
        return changes.change(caller, "close-unresolved", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    // from the department's hands or a pause; never straight from screening (that is not-filed)
                    CaseLifecycle.requireFrom(c.state, CaseState.CLOSED, CaseState.DISPATCHED, CaseState.DISPOSED,
                            CaseState.SUSPENDED, CaseState.DEFERRED);
                    return ExtensionRequest.withdrawPending(c.id, "withdrawn: case closed unresolved", now)
                            .chain(() -> journal.move(c, CaseState.CLOSED, leader(caller),
                                    "无法解决，结案：" + request.reason().strip(), true, null, now));
                });
    }

    private static CaseJournal.Actor leader(Caller caller) {
        return new CaseJournal.Actor(caller.id(), ActorRole.LEADER);
    }
}
