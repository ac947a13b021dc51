package io.suishoupai.triage.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.Public;
import io.suishoupai.shared.security.Role;
import io.suishoupai.triage.dto.ReferenceViews.AreaView;
import io.suishoupai.triage.dto.ReferenceViews.CalendarDayView;
import io.suishoupai.triage.dto.ReferenceViews.CategoryAdminView;
import io.suishoupai.triage.dto.ReferenceViews.DepartmentView;
import io.suishoupai.triage.dto.ReferenceViews.RoutingRuleView;
import io.suishoupai.triage.dto.SaveAreaRequest;
import io.suishoupai.triage.dto.SaveCalendarDayRequest;
import io.suishoupai.triage.dto.SaveCategoryRequest;
import io.suishoupai.triage.dto.SaveDepartmentRequest;
import io.suishoupai.triage.dto.SaveRoutingRuleRequest;
import io.suishoupai.triage.service.AreaService;
import io.suishoupai.triage.service.CasePlacementService;
import io.suishoupai.triage.dto.PlaceCasesRequest;
import io.suishoupai.triage.dto.PlaceCasesResult;
import io.suishoupai.triage.service.ComponentService;
import io.suishoupai.triage.service.ReferenceDataService;
import io.suishoupai.triage.dto.AreaQuery;
import io.suishoupai.triage.dto.ImportAreasRequest;
import io.suishoupai.triage.dto.ImportComponentsRequest;
import io.suishoupai.triage.dto.ImportReport;
import io.suishoupai.triage.dto.SaveComponentRequest;
import io.suishoupai.shared.view.ComponentView;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** Reference data: departments, categories, areas, components, routing rules, the calendar (role admin; list-departments is public). */
public class ReferenceDataFunctions {


    @Inject
    ReferenceDataService reference;

    @Inject
    AreaService areas;

    @Inject
    ComponentService components;

    @Inject
    CasePlacementService placement;

    @Allowed({Role.ADMIN})
    @Operation(summary = "Create or change a department")
    @Funq("save-department")
    public Uni<DepartmentView> saveDepartment(SaveDepartmentRequest request) {
        return reference.saveDepartment(request);
    }

    @Public
    @Operation(summary = "Departments")
    @ReadOnly
    @Funq("list-departments")
    public Uni<List<DepartmentView>> listDepartments() {
        return reference.listDepartments();
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Create or change a report category")
    @Funq("save-category")
    public Uni<CategoryAdminView> saveCategory(SaveCategoryRequest request) {
        return reference.saveCategory(request);
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Create or change an area: city boundary, district, street, community, grid or routing zone")
    @Funq("save-area")
    public Uni<AreaView> saveArea(SaveAreaRequest request) {
        return areas.save(request);
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Import areas from a GeoJSON FeatureCollection: valid ones upserted, the rest reported")
    @Funq("import-areas")
    public Uni<ImportReport> importAreas(ImportAreasRequest request) {
        return areas.importAll(request);
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Place the cases reported before the grid existed, in batches, until none remain")
    @Funq("place-cases")
    public Uni<PlaceCasesResult> placeCases(PlaceCasesRequest request) {
        return placement.placeUnplaced(request == null ? new PlaceCasesRequest(null) : request);
    }

    @Allowed({Role.ADMIN, Role.SCREENER, Role.LEADER})
    @Operation(summary = "The areas: city boundary, districts, streets, communities, grids and routing zones")
    @ReadOnly
    @Funq("list-areas")
    public Uni<List<AreaView>> listAreas(AreaQuery query) {
        return areas.list(query == null ? new AreaQuery() : query);
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Create or change a component (部件) of the register")
    @Funq("save-component")
    public Uni<ComponentView> saveComponent(SaveComponentRequest request) {
        return components.save(request);
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Import components from GeoJSON Points or CSV: valid ones upserted, the rest reported")
    @Funq("import-components")
    public Uni<ImportReport> importComponents(ImportComponentsRequest request) {
        return components.importAll(request);
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Create or change a routing rule")
    @Funq("save-routing-rule")
    public Uni<RoutingRuleView> saveRoutingRule(SaveRoutingRuleRequest request) {
        return reference.saveRoutingRule(request);
    }

    @Allowed({Role.ADMIN, Role.SCREENER})
    @Operation(summary = "Routing rules")
    @ReadOnly
    @Funq("list-routing-rules")
    public Uni<List<RoutingRuleView>> listRoutingRules() {
        return reference.listRoutingRules();
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Mark a day as a holiday or a make-up working day")
    @Funq("save-calendar-day")
    public Uni<CalendarDayView> saveCalendarDay(SaveCalendarDayRequest request) {
        return reference.saveCalendarDay(request);
    }

    @Allowed({Role.ADMIN, Role.SCREENER})
    @Operation(summary = "The working calendar's exceptions (holidays and make-up working days)")
    @ReadOnly
    @Funq("list-calendar-days")
    public Uni<List<CalendarDayView>> listCalendarDays() {
        return reference.listCalendarDays();
    }
}
