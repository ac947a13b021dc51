package io.suishoupai.shared.view;

import java.time.Instant;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.view.CaseView.CodeName;
import io.suishoupai.shared.view.CaseView.Location;

/**
 * A case in a list (search results, my cases): no timeline, no reporter; the location rounded and the grid left out
 * unless exact.
 */
@RegisterForReflection
public record CaseSummary(String caseNumber, String state, CodeName category, String description, String address,
        Location location, CodeName district, CodeName street, CodeName community, CodeName grid, CodeName department, Instant deadline, String duplicateOf, Instant createdAt,
        Instant updatedAt, String source, String urgency,
        /* how a CLOSED case ended (RESOLVED, UNRESOLVED), else null; when a parked case resumes, else null */
        String outcome, Instant resumeAt) {

    public static CaseSummary of(CityCase c, Map<String, Category> categories, Map<String, Department> departments,
            boolean exactLocation, CoordSystem system, Map<String, String> areaNames) {
        Category category = categories.get(c.categoryCode);
        Department department = c.departmentCode == null ? null : departments.get(c.departmentCode);
        GeoPoint point = new GeoPoint(c.lat, c.lon);
        GeoPoint shown = exactLocation ? point : point.roundedForPublic();
        return new CaseSummary(c.caseNumber, c.state.name(),
                category == null ? new CodeName(c.categoryCode, null) : new CodeName(category.code, category.name),
                c.description, c.address, Location.of(shown, system), CodeName.of(c.districtCode, areaNames),
                CodeName.of(c.streetCode, areaNames), CodeName.of(c.communityCode, areaNames),
                exactLocation ? CodeName.of(c.gridCode, areaNames) : null,
                department == null ? null : new CodeName(department.code, department.name), c.deadline, c.duplicateOf,
                c.createdAt, c.updatedAt, c.source.name(), c.urgency.name(),
                c.outcome == null ? null : c.outcome.name(), c.resumeAt);
    }
}
