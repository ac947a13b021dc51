package io.suishoupai.shared.category;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.routing.AreaKind;

/** The kinds are the database's CHECK lists (V1, V3); a caller's name is one of them or nothing. */
class DepartmentKindTest {

    @Test
    void aNamedKindIsReadExactly() {
        assertEquals(Optional.of(DepartmentKind.UTILITY), DepartmentKind.parse("UTILITY"));
        assertEquals(Optional.empty(), DepartmentKind.parse("utility"));
        assertEquals(Optional.empty(), DepartmentKind.parse(null));
        assertEquals(Optional.of(AreaKind.GRID), AreaKind.parse("GRID"));
        assertEquals(Optional.of(AreaKind.CITY), AreaKind.parse("CITY"));
        assertEquals(Optional.empty(), AreaKind.parse("grid"));
    }

    @Test
    void theKindsAreTheOnesTheDatabaseAllows() {
        assertEquals("[BUREAU, UTILITY, DISTRICT, ENTERPRISE]", java.util.Arrays.toString(DepartmentKind.values()));
        assertEquals("[CITY, DISTRICT, STREET, COMMUNITY, GRID, ZONE]", java.util.Arrays.toString(AreaKind.values()));
    }
}
