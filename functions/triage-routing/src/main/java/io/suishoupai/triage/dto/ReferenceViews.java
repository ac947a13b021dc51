package io.suishoupai.triage.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.calendar.CalendarDay;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.routing.Area;
import io.suishoupai.shared.routing.Polygons;
import io.suishoupai.shared.routing.RoutingRule;

/** What the admin functions answer: the reference data as stored. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    @RegisterForReflection
    public record DepartmentView(String code, String name, String nameEn, String kind, boolean active) {
        public static DepartmentView of(Department d) {
            return new DepartmentView(d.code, d.name, d.nameEn, d.kind.name(), d.active);
        }
    }

    @RegisterForReflection
    public record CategoryAdminView(String code, String kind, String groupCode, String groupName, String name,
            String nameEn, String filingConditions, int timeLimitHours, boolean workingHours, String urgency,
            int points, String defaultDepartmentCode, boolean autoDispatch, boolean active, int urgentTimeLimitHours) {
        public static CategoryAdminView of(Category c) {
            return new CategoryAdminView(c.code, c.kind.name(), c.groupCode, c.groupName, c.name, c.nameEn,
                    c.filingConditions, c.timeLimitHours, c.workingHours, c.urgency.name(), c.points,
                    c.defaultDepartmentCode, c.autoDispatch, c.active, c.urgentTimeLimitHours);
        }
    }

    /** An area; its GeoJSON in {@code coordSystem} (WGS84 unless the caller asked for another). */
    @RegisterForReflection
    public record AreaView(String code, String name, String kind, @JsonRawValue String geojson, boolean active,
            String parentCode, String coordSystem) {
        public static AreaView of(Area a) {
            return of(a, CoordSystem.WGS84);
        }

        public static AreaView of(Area a, CoordSystem system) {
            return new AreaView(a.code, a.name, a.kind.name(), Polygons.fromWgs84(a.geojson, system), a.active,
                    a.parentCode, system.name());
        }
    }

    @RegisterForReflection
    public record RoutingRuleView(long id, String categoryCode, String areaCode, int priority, String departmentCode,
            String description, boolean active) {
        public static RoutingRuleView of(RoutingRule r) {
            return new RoutingRuleView(r.id, r.categoryCode, r.areaCode, r.priority, r.departmentCode, r.description,
                    r.active);
        }
    }

    @RegisterForReflection
    public record CalendarDayView(LocalDate day, String kind, String name) {
        public static CalendarDayView of(CalendarDay d) {
            return new CalendarDayView(d.day, d.kind.name(), d.name);
        }
    }
}
