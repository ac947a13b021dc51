package io.suishoupai.status.function;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.contract.ReadOnly;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Public;
import io.suishoupai.shared.security.Role;
import io.suishoupai.status.dto.ComponentCasesQuery;
import io.suishoupai.status.dto.ComponentHistory;
import io.suishoupai.status.dto.NearbyComponent;
import io.suishoupai.status.dto.NearbyQuery;
import io.suishoupai.status.service.ComponentQueryService;
import io.smallrye.mutiny.Uni;

/** The component register as clients read it. */
public class ComponentFunctions {

    @Inject
    ComponentQueryService components;

    @Inject
    CallerResolver callers;

    /** GET /nearby-components?lat=&lon=&coordSystem=&categoryCode=&radius= (public). */
    @Public
    @Operation(summary = "Registered components near a point, nearest first: ids and rounded positions")
    @ReadOnly
    @Funq("nearby-components")
    public Uni<List<NearbyComponent>> nearbyComponents(NearbyQuery query) {
        return components.nearby(query == null ? new NearbyQuery() : query);
    }

    /** GET /component-cases?id=&page=&size=&coordSystem= (command centre, handlers, admins). */
    @Allowed({Role.SCREENER, Role.INSPECTOR, Role.HANDLER, Role.ADMIN})
    @Operation(summary = "A component and its cases, newest first")
    @ReadOnly
    @Funq("component-cases")
    public Uni<ComponentHistory> componentCases(ComponentCasesQuery query) {
        return components.history(callers.current(), query == null ? new ComponentCasesQuery() : query);
    }
}
