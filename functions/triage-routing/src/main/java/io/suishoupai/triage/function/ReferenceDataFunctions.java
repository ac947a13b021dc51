package io.suishoupai.triage.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.CallerResolver;
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
import io.suishoupai.triage.service.ReferenceDataService;
import io.smallrye.mutiny.Uni;

/** Reference data (role admin; list-departments is public). */
public class ReferenceDataFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    ReferenceDataService reference;

    @Funq("save-department")
    public Uni<DepartmentView> saveDepartment(SaveDepartmentRequest request) {
        callers.current().require(Role.ADMIN);
        return reference.saveDepartment(request);
    }

    @Funq("list-departments")
    public Uni<List<DepartmentView>> listDepartments() {
        return reference.listDepartments();
    }

    @Funq("save-category")
    public Uni<CategoryAdminView> saveCategory(SaveCategoryRequest request) {
        callers.current().require(Role.ADMIN);
        return reference.saveCategory(request);
    }

    @Funq("save-area")
    public Uni<AreaView> saveArea(SaveAreaRequest request) {
        callers.current().require(Role.ADMIN);
        return reference.saveArea(request);
    }

    @Funq("list-areas")
    public Uni<List<AreaView>> listAreas() {
        callers.current().require(Role.ADMIN, Role.SCREENER);
        return reference.listAreas();
    }

    @Funq("save-routing-rule")
    public Uni<RoutingRuleView> saveRoutingRule(SaveRoutingRuleRequest request) {
        callers.current().require(Role.ADMIN);
        return reference.saveRoutingRule(request);
    }

    @Funq("list-routing-rules")
    public Uni<List<RoutingRuleView>> listRoutingRules() {
        callers.current().require(Role.ADMIN, Role.SCREENER);
        return reference.listRoutingRules();
    }

    @Funq("save-calendar-day")
    public Uni<CalendarDayView> saveCalendarDay(SaveCalendarDayRequest request) {
        callers.current().require(Role.ADMIN);
        return reference.saveCalendarDay(request);
    }

    @Funq("list-calendar-days")
    public Uni<List<CalendarDayView>> listCalendarDays() {
        callers.current().require(Role.ADMIN, Role.SCREENER);
        return reference.listCalendarDays();
    }
}
