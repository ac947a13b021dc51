package io.suishoupai.triage.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.CaseNumberQuery;
import io.suishoupai.triage.dto.DecideExtensionRequest;
import io.suishoupai.triage.dto.DispatchCaseRequest;
import io.suishoupai.triage.dto.RoutePreviewQuery;
import io.suishoupai.triage.dto.RouteSuggestion;
import io.suishoupai.triage.dto.ScreenCaseRequest;
import io.suishoupai.triage.service.RoutePreviewService;
import io.suishoupai.triage.service.ScreeningService;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** The command centre's functions (role screener). */
public class ScreeningFunctions {

    @Inject
    RoutePreviewService preview;

    @Inject
    CallerResolver callers;

    @Inject
    ScreeningService screening;

    /** POST /screen-case: FILE, NOT_FILE (reason shown to the citizen) or DUPLICATE (of an open case). */
    @Allowed({Role.SCREENER})
    @Operation(summary = "Screen a submitted case: file it, refuse it, or mark it a duplicate")
    @Funq("screen-case")
    public Uni<CaseView> screenCase(ScreenCaseRequest request) {
        return screening.screen(callers.current(), request);
    }

    /** POST /dispatch-case: to the named department, or the suggested route; also re-dispatch after a return. */
    @Allowed({Role.SCREENER})
    @Operation(summary = "Send a filed or returned case to a department, with its deadline (FILED/RETURNED to DISPATCHED)")
    @Funq("dispatch-case")
    public Uni<CaseView> dispatchCase(DispatchCaseRequest request) {
        return screening.dispatch(callers.current(), request);
    }

    /** GET /suggest-route?caseNumber=…: the department the routing rules pick, and the rule. */
    @Allowed({Role.SCREENER})
    @Operation(summary = "The department the routing rules pick for a case")
    @ReadOnly
    @Funq("suggest-route")
    public Uni<RouteSuggestion> suggestRoute(CaseNumberQuery query) {
        InputCheck.of(query).caseNumber(query.getCaseNumber(), "caseNumber").orThrow();
        return screening.suggest(query.getCaseNumber());
    }

    /** GET /route-preview?categoryCode=&lat=&lon=&coordSystem=: the department a report there would go to. */
    @Allowed({Role.SCREENER, Role.ADMIN})
    @Operation(summary = "The department the routing rules would pick for a report of a category at a point (no case is made)")
    @ReadOnly
    @Funq("route-preview")
    public Uni<RouteSuggestion> routePreview(RoutePreviewQuery query) {
        return preview.preview(query);
    }

    /**
     * POST /decide-extension: approve (moves the deadline) or refuse a handler's request for more time. A second
     * extension, or one longer than the screener's limit, is approved by a leader (403 NEEDS_LEADER otherwise).
     */
    @Allowed({Role.SCREENER, Role.LEADER})
    @Operation(summary = "Approve or refuse a pending extension request; approval moves the deadline")
    @Funq("decide-extension")
    public Uni<CaseView> decideExtension(DecideExtensionRequest request) {
        return screening.decideExtension(callers.current(), request);
    }
}
