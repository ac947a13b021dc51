package io.suishoupai.shared.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.suishoupai.shared.error.FieldError;

/**
 * What makes an area savable, for one save and for each row of an import alike. Codes are text up to 32
 * characters; the structure of GB/T 30428.1 / CJ/T 213 (district code + street + community + grid serial, e.g.
 * 421202 001 001 01) is recommended, not enforced, since cities number their own grids.
 */
public final class AreaRules {

    /** How a reason about a parent that does not exist begins (save-area answers it as UNKNOWN_AREA). */
    public static final String UNKNOWN_PARENT = "parentCode names no area: ";

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private AreaRules() {
    }

    /**
     * The reasons an area's fields are refused (empty: fine). {@code knownKinds}: the kinds of the areas a parent
     * may be (stored ones and, in an import, the file's own).
     */
    public static List<FieldError> problems(String code, String name, String kind, String parentCode,
            Map<String, AreaKind> knownKinds) {
        List<FieldError> reasons = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            reasons.add(new FieldError("code", "code is required: 1 to 32 of letters, digits, _ and -"));
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            reasons.add(new FieldError("name", "name is required, at most 100 characters"));
        }
        var parsed = AreaKind.parse(kind);
        if (parsed.isEmpty()) {
            reasons.add(new FieldError("kind", "kind must be one of " + Arrays.toString(AreaKind.values())));
        }
        if (parentCode != null && !parentCode.isBlank()) {
            AreaKind parentKind = knownKinds.get(parentCode.strip());
            if (parentCode.strip().equals(code)) {
                reasons.add(new FieldError("parentCode", "parentCode names the area itself"));
            } else if (parentKind == null) {
                reasons.add(new FieldError("parentCode", UNKNOWN_PARENT + parentCode.strip()));
            } else if (parsed.isPresent() && !parentKind.mayContain(parsed.get())) {
                reasons.add(new FieldError("parentCode", "a " + parentKind + " cannot contain a " + parsed.get()
                        + " (city > district > street > community > grid; a zone in any of them)"));
            }
        }
        return reasons;
    }
}
