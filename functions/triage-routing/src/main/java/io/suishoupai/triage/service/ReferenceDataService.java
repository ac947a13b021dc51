package io.suishoupai.triage.service;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;

import io.suishoupai.shared.runtime.CurrentEntities;

import io.suishoupai.shared.view.ReferenceNames;
import io.suishoupai.shared.view.TableRows;
import io.vertx.mutiny.sqlclient.Tuple;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.calendar.CalendarDay;
import io.suishoupai.shared.calendar.Calendars;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.category.DepartmentKind;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.routing.Area;
import io.suishoupai.shared.routing.RoutingRule;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.triage.dto.ReferenceViews.CalendarDayView;
import io.suishoupai.triage.dto.ReferenceViews.CategoryAdminView;
import io.suishoupai.triage.dto.ReferenceViews.DepartmentView;
import io.suishoupai.triage.dto.ReferenceViews.RoutingRuleView;
import io.suishoupai.triage.dto.SaveCalendarDayRequest;
import io.suishoupai.triage.dto.SaveCategoryRequest;
import io.suishoupai.triage.dto.SaveDepartmentRequest;
import io.suishoupai.triage.dto.SaveRoutingRuleRequest;
import io.smallrye.mutiny.Uni;

/**
 * Reference data for admins: departments, categories, routing rules, the working calendar (areas: AreaService). Saves are
 * upserts by natural key (code, rule id, day), so a retry changes nothing; deactivation is {@code active:false}
 * and is refused where it would strand work.
 */
@ApplicationScoped
public class ReferenceDataService {

    /** The states in which a case is in a department's hands, as SQL (a department with one is not deactivated). */
    private static final String WITH_DEPARTMENT = "'" + CaseState.DISPATCHED + "', '" + CaseState.DISPOSED + "'";

    @Inject
    Reactive reactive;

    @Inject
    ReferenceNames names;

    @Inject
    Calendars calendars;

    @Inject
    TableRows tableRows;

    @Inject
    CurrentEntities entities;

    @Inject
    CurrentSql sql;

    /** Every department by code, on the pool: the first call after a start parses no HQL. */
    private static final String DEPARTMENTS = TableRows.listStatement("department", "", "r.code");

    public Uni<DepartmentView> saveDepartment(SaveDepartmentRequest r) {
        InputCheck.of(r).require(r.code() != null && r.code().matches("[A-Z0-9_]{2,32}"), "code",
                "is required: 2 to 32 of A-Z, 0-9, _")
                .text(r.name(), "name", 1, 100).text(r.nameEn(), "nameEn", 1, 200)
                .require(DepartmentKind.parse(r.kind()).isPresent(), "kind",
                        "must be one of " + Arrays.toString(DepartmentKind.values()))
                .orThrow();
        boolean active = r.active() == null || r.active();
        return reactive.poolTransaction(() -> entities.find(Department.class, r.code()).chain(existing -> {
            Department d = existing != null ? existing : new Department();
            d.code = r.code();
            d.name = r.name().strip();
            d.nameEn = r.nameEn().strip();
            d.kind = DepartmentKind.parse(r.kind()).orElseThrow();
            Uni<Void> allowed = Uni.createFrom().voidItem();
            if (!active && existing != null && existing.active) {
                allowed = sql.value("SELECT count(*) FROM city_case WHERE department_code = ?1 AND state IN ("
                        + WITH_DEPARTMENT + ")", r.code()).map(n -> ((Number) n).longValue())
                        .invoke(open -> {
                            if (open > 0) {
                                throw Problems.unprocessable(ErrorCode.DEPARTMENT_HAS_OPEN_CASES, "Department " + r.code()
                                        + " has " + open + " open cases; re-dispatch them before deactivating it.");
                            }
                        }).replaceWithVoid();
            }
            d.active = active;
            return allowed.chain(() -> entities.save(d)).map(DepartmentView::of);
        })).invoke(names::invalidate); // after the commit: the lists name it afresh
    }

    public Uni<List<DepartmentView>> listDepartments() {
        return tableRows.list(DEPARTMENTS, Tuple.tuple(), Department.class)
                .map(list -> list.stream().map(DepartmentView::of).toList());
    }

    public Uni<CategoryAdminView> saveCategory(SaveCategoryRequest r) {
        InputCheck.of(r).require(r.code() != null && r.code().matches("\\d{2}-\\d{2}-\\d{2}"), "code",
                "is required, like 01-04-02")
                .present(r.kind(), "kind").present(r.urgency(), "urgency")
                .require(r.groupCode() != null && r.groupCode().matches("\\d{2}"), "groupCode", "is two digits")
                .text(r.groupName(), "groupName", 1, 40).text(r.name(), "name", 1, 100)
                .text(r.nameEn(), "nameEn", 1, 200).text(r.filingConditions(), "filingConditions", 1, 2000)
                .require(r.timeLimitHours() != null && r.timeLimitHours() >= 1 && r.timeLimitHours() <= 8760,
                        "timeLimitHours", "must be 1 to 8760")
                .require(r.urgentTimeLimitHours() == null || (r.urgentTimeLimitHours() >= 1 && r.timeLimitHours() != null
                        && r.urgentTimeLimitHours() <= r.timeLimitHours()), "urgentTimeLimitHours",
                        "must be 1 to timeLimitHours")
                .require(r.points() != null && r.points() >= 0 && r.points() <= 1000, "points", "must be 0 to 1000")
                .optionalText(r.defaultDepartmentCode(), "defaultDepartmentCode", 32)
                .orThrow();
        return reactive.poolTransaction(() -> requireActiveDepartment(r.defaultDepartmentCode())
                .chain(() -> entities.find(Category.class, r.code()))
                .chain(existing -> {
                    Category c = existing != null ? existing : new Category();
                    c.code = r.code();
                    c.kind = r.kind();
                    c.groupCode = r.groupCode();
                    c.groupName = r.groupName().strip();
                    c.name = r.name().strip();
                    c.nameEn = r.nameEn().strip();
                    c.filingConditions = r.filingConditions().strip();
                    c.timeLimitHours = r.timeLimitHours();
                    c.urgentTimeLimitHours = r.urgentTimeLimitHours() != null ? r.urgentTimeLimitHours()
                            : Math.min(c.timeLimitHours, existing != null ? c.urgentTimeLimitHours : c.timeLimitHours);
                    c.workingHours = Boolean.TRUE.equals(r.workingHours());
                    c.urgency = r.urgency();
                    c.points = r.points();
                    c.defaultDepartmentCode = InputCheck.blankToNull(r.defaultDepartmentCode());
                    c.autoDispatch = Boolean.TRUE.equals(r.autoDispatch());
                    c.active = r.active() == null || r.active();
                    return entities.save(c);
                }).map(CategoryAdminView::of)).invoke(names::invalidate); // after the commit
    }

    public Uni<RoutingRuleView> saveRoutingRule(SaveRoutingRuleRequest r) {
        InputCheck.of(r).text(r.categoryCode(), "categoryCode", 1, 16).text(r.departmentCode(), "departmentCode", 1, 32)
                .optionalText(r.areaCode(), "areaCode", 32).optionalText(r.description(), "description", 200)
                .require(r.priority() == null || Math.abs(r.priority()) <= 1000, "priority", "must be -1000 to 1000")
                .orThrow();
        return reactive.poolTransaction(() -> requireActiveDepartment(r.departmentCode())
                .chain(() -> entities.find(Category.class, r.categoryCode()).invoke(c -> {
                    if (c == null) {
                        throw Problems.unprocessable(ErrorCode.UNKNOWN_CATEGORY, "There is no category " + r.categoryCode() + ".");
                    }
                }))
                .chain(() -> r.areaCode() == null ? Uni.createFrom().nullItem() : entities.find(Area.class, r.areaCode())
                        .invoke(a -> {
                            if (a == null || !a.active) {
                                throw Problems.unprocessable(ErrorCode.UNKNOWN_AREA, "There is no active area " + r.areaCode() + ".");
                            }
                        }))
                .chain(() -> r.id() == null ? Uni.createFrom().item(new RoutingRule())
                        : entities.find(RoutingRule.class, r.id()).onItem().ifNull().failWith(
                                () -> Problems.notFound(ErrorCode.RULE_NOT_FOUND, "There is no routing rule " + r.id() + ".")))
                .chain(rule -> {
                    rule.categoryCode = r.categoryCode();
                    rule.areaCode = InputCheck.blankToNull(r.areaCode());
                    rule.priority = r.priority() == null ? 0 : r.priority();
                    rule.departmentCode = r.departmentCode();
                    rule.description = r.description();
                    rule.active = r.active() == null || r.active();
                    return entities.save(rule);
                }).map(RoutingRuleView::of));
    }

    public Uni<List<RoutingRuleView>> listRoutingRules() {
        return reactive.poolSession(() -> entities.list(RoutingRule.class,
                "SELECT * FROM routing_rule ORDER BY category_code, id"))
                .map(list -> list.stream().map(RoutingRuleView::of).toList());
    }

    public Uni<CalendarDayView> saveCalendarDay(SaveCalendarDayRequest r) {
        InputCheck.of(r).present(r.day(), "day").present(r.kind(), "kind").optionalText(r.name(), "name", 100).orThrow();
        return reactive.poolTransaction(() -> entities.find(CalendarDay.class, r.day()).chain(existing -> {
            if (r.kind() == SaveCalendarDayRequest.Kind.NORMAL) {
                return (existing == null ? Uni.createFrom().voidItem() : entities.delete(existing))
                        .replaceWith(new CalendarDayView(r.day(), "NORMAL", null));
            }
            CalendarDay d = existing != null ? existing : new CalendarDay();
            d.day = r.day();
            d.kind = CalendarDay.Kind.valueOf(r.kind().name());
            d.name = r.name();
            return entities.save(d).map(CalendarDayView::of);
        })).invoke(calendars::invalidate); // after the commit: the next deadline counts it
    }

    public Uni<List<CalendarDayView>> listCalendarDays() {
        return reactive.poolSession(() -> entities.list(CalendarDay.class, "SELECT * FROM calendar_day ORDER BY day"))
                .map(list -> list.stream().map(CalendarDayView::of).toList());
    }

    private Uni<Void> requireActiveDepartment(String code) {
        if (code == null || code.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return entities.find(Department.class, code.strip()).invoke(d -> {
            if (d == null || !d.active) {
                throw Problems.unprocessable(ErrorCode.UNKNOWN_DEPARTMENT, "There is no active department " + code + ".");
            }
        }).replaceWithVoid();
    }

}
