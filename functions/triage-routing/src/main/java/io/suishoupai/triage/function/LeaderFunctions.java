package io.suishoupai.triage.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.CloseUnresolvedRequest;
import io.suishoupai.triage.dto.DecideSuspensionRequest;
import io.suishoupai.triage.dto.DeferCaseRequest;
import io.suishoupai.triage.dto.ResumeCaseRequest;
import io.suishoupai.triage.dto.VoidCaseRequest;
import io.suishoupai.triage.service.ClosingService;
import io.suishoupai.triage.service.PauseService;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The second tier's decisions (值班长/中心领导): parking, deferring, voiding and closing unresolved; a screener
 * may also end a pause early.
 */
public class LeaderFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    PauseService pauses;

    @Inject
    ClosingService closing;

    /** POST /decide-suspension: approve (DISPATCHED to SUSPENDED until the requested date) or refuse. */
    @Allowed({Role.LEADER})
    @Operation(summary = "Approve or refuse a department's suspension request (挂账): approval parks the case until its date")
    @Funq("decide-suspension")
    public Uni<CaseView> decideSuspension(DecideSuspensionRequest request) {
        return pauses.decideSuspension(callers.current(), request);
    }

    /** POST /defer-case: 缓办 until a date (DISPATCHED to DEFERRED). */
    @Allowed({Role.LEADER})
    @Operation(summary = "Defer a dispatched case (缓办) until a date")
    @Funq("defer-case")
    public Uni<CaseView> deferCase(DeferCaseRequest request) {
        return pauses.deferCase(callers.current(), request);
    }

    /** POST /resume-case: a parked or deferred case goes back to its department now, with a fresh time limit. */
    @Allowed({Role.SCREENER, Role.LEADER})
    @Operation(summary = "End a suspension or deferral now (SUSPENDED or DEFERRED to DISPATCHED, the time limit afresh)")
    @Funq("resume-case")
    public Uni<CaseView> resumeCase(ResumeCaseRequest request) {
        return pauses.resumeCase(callers.current(), request);
    }

    /** POST /void-case: 作废, final; the reason is public. */
    @Allowed({Role.LEADER})
    @Operation(summary = "Void a filed case found invalid (作废, final; the reason is public)")
    @Funq("void-case")
    public Uni<CaseView> voidCase(VoidCaseRequest request) {
        return closing.voidCase(callers.current(), request);
    }

    /** POST /close-unresolved: closed, not fixed (outcome UNRESOLVED); the reason is public. */
    @Allowed({Role.LEADER})
    @Operation(summary = "Close a case that cannot be fixed (outcome UNRESOLVED; the reason is public)")
    @Funq("close-unresolved")
    public Uni<CaseView> closeUnresolved(CloseUnresolvedRequest request) {
        return closing.closeUnresolved(callers.current(), request);
    }
}
