package io.suishoupai.shared.component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.suishoupai.shared.error.FieldError;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;

/**
 * A component as an admin gives it (one save, or one row of an import): checked by {@link #problems}, then written
 * with {@link #applyTo}. {@code attributes}: a JSON object's text or null.
 */
public record ComponentDraft(String id, String categoryCode, String name, Double lat, Double lon, String coordSystem,
        String ownerDepartmentCode, String maintainerDepartmentCode, String state, String attributes) {

    /** Attributes are free, but bounded: they are shown with every view of the component. */
    public static final int MAX_ATTRIBUTES = 4000;

    /**
     * The reasons this draft is refused, each with its field (empty: fine). {@code componentCategories}: codes of the
     * active component
     * categories; {@code activeDepartments}: codes of the active departments.
     */
    public List<FieldError> problems(Set<String> componentCategories, Set<String> activeDepartments) {
        List<FieldError> reasons = new ArrayList<>();
        if (id == null || !ComponentRules.ID.matcher(id).matches()) {
            reasons.add(new FieldError("id", "id must follow CJ/T 214: 6-digit area code, 2-digit 大类, 2-digit 小类, "
                    + "then a 4- to 22-character serial, e.g. 42120201010000123"));
        }
        if (categoryCode == null || !componentCategories.contains(categoryCode)) {
            reasons.add(new FieldError("categoryCode",
                    "categoryCode must be an active component category (01-GG-SS); see list-categories"));
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            reasons.add(new FieldError("name", "name is required, at most 100 characters"));
        }
        if (lat == null || !Double.isFinite(lat) || Math.abs(lat) > 90 || lon == null || !Double.isFinite(lon)
                || Math.abs(lon) > 180) {
            reasons.add(new FieldError("lat", "lat and lon are required: -90 to 90 and -180 to 180"));
        }
        if (CoordSystem.parse(coordSystem).isEmpty()) {
            reasons.add(new FieldError("coordSystem",
                    "coordSystem must be one of " + Arrays.toString(CoordSystem.values()) + " (default WGS84)"));
        }
        if (maintainerDepartmentCode == null || !activeDepartments.contains(maintainerDepartmentCode)) {
            reasons.add(new FieldError("maintainerDepartmentCode",
                    "maintainerDepartmentCode must be an active department"));
        }
        if (ownerDepartmentCode != null && !ownerDepartmentCode.isBlank()
                && !activeDepartments.contains(ownerDepartmentCode)) {
            reasons.add(new FieldError("ownerDepartmentCode", "ownerDepartmentCode must be an active department"));
        }
        if (state != null && ComponentState.parse(state).isEmpty()) {
            reasons.add(new FieldError("state",
                    "state must be one of " + Arrays.toString(ComponentState.values()) + " (default IN_USE)"));
        }
        if (attributes != null && attributes.length() > MAX_ATTRIBUTES) {
            reasons.add(new FieldError("attributes",
                    "attributes are at most " + MAX_ATTRIBUTES + " characters of JSON"));
        }
        return reasons;
    }

    /** Writes a checked draft onto the (new or stored) component; the position is stored in WGS-84. */
    public Component applyTo(Component c, Instant now) {
        GeoPoint point = CoordSystem.orDefault(coordSystem).toWgs84(new GeoPoint(lat, lon));
        c.id = id;
        c.categoryCode = categoryCode;
        c.name = name.strip();
        c.lat = point.lat();
        c.lon = point.lon();
        c.ownerDepartmentCode = InputCheck.blankToNull(ownerDepartmentCode);
        c.maintainerDepartmentCode = maintainerDepartmentCode;
        c.state = state == null ? ComponentState.IN_USE : ComponentState.parse(state).orElseThrow();
        c.attributes = attributes;
        c.updatedAt = now;
        return c;
    }
}
