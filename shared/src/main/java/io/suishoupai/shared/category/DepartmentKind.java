package io.suishoupai.shared.category;

import java.util.Optional;

/** What a department is: a city bureau, a utility company, a district government or another enterprise. */
public enum DepartmentKind {
    BUREAU, UTILITY, DISTRICT, ENTERPRISE;

    /** The kind a caller named, if it is one. */
    public static Optional<DepartmentKind> parse(String name) {
        for (DepartmentKind k : values()) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
