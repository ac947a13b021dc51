package io.suishoupai.shared.component;

import java.util.Optional;
import java.util.regex.Pattern;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.geo.GeoPoint;

/**
 * The register's decisions, without the database: what a component id looks like, and whether a report may name a
 * component (it must exist and not be removed, be of a compatible category, and lie near the report).
 */
public final class ComponentRules {

    /**
     * CJ/T 214's structure: a 6-digit area (county) code, 2-digit 大类, 2-digit 小类, then a serial (4 to 22 digits
     * or letters — cities number their own); 14 to 32 characters in all.
     */
    public static final Pattern ID = Pattern.compile("\\d{6}\\d{2}\\d{2}[0-9A-Za-z]{4,22}");

    private ComponentRules() {
    }

    /**
     * A report's category fits a component when both are component categories (KK 01) of the same group (大类): a
     * citizen cannot tell a sewer cover from a water cover, the register can.
     */
    public static boolean compatible(String reportCategoryCode, String componentCategoryCode) {
        return componentCategoryCode != null
                && groupPrefix(reportCategoryCode).map(componentCategoryCode::startsWith).orElse(false);
    }

    /** The code prefix ("01-GG-") every component category fitting this report category starts with, if any. */
    public static Optional<String> groupPrefix(String reportCategoryCode) {
        if (reportCategoryCode == null || !reportCategoryCode.matches("01-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        return Optional.of(reportCategoryCode.substring(0, 6));
    }

    /** A refusal of a report naming a component: its stable code and why; empty when the component fits. */
    public record Refusal(ErrorCode code, String message) {
    }

    public static Optional<Refusal> check(Component component, String componentId, String reportCategoryCode,
            GeoPoint report, double maxDistanceMeters) {
        if (component == null) {
            return Optional.of(new Refusal(ErrorCode.UNKNOWN_COMPONENT, "There is no component " + componentId
                    + " in the register; see nearby-components."));
        }
        if (component.state == ComponentState.REMOVED) {
            return Optional.of(new Refusal(ErrorCode.COMPONENT_REMOVED, "Component " + component.id
                    + " was removed from the register."));
        }
        if (!compatible(reportCategoryCode, component.categoryCode)) {
            return Optional.of(new Refusal(ErrorCode.COMPONENT_CATEGORY_MISMATCH, "Component " + component.id
                    + " is of category " + component.categoryCode + ", which does not fit a report of "
                    + reportCategoryCode + "."));
        }
        double distance = report.distanceMeters(new GeoPoint(component.lat, component.lon));
        if (distance > maxDistanceMeters) {
            return Optional.of(new Refusal(ErrorCode.COMPONENT_TOO_FAR, "Component " + component.id + " is "
                    + Math.round(distance) + " m from the report; at most " + Math.round(maxDistanceMeters)
                    + " m is accepted."));
        }
        return Optional.empty();
    }
}
