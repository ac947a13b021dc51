package io.suishoupai.shared.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.SuspensionRequest;
import io.suishoupai.shared.routing.RoutingRule;

class EntityTableTest {

    @Test
    void aTableIsReadFromTheAnnotationsHibernateReads() {
        EntityTable cases = EntityTable.of(CityCase.class);
        assertEquals("city_case", cases.table());
        assertEquals("id", cases.id().column());
        assertTrue(cases.generatedId());
        assertTrue(cases.versioned());
        var columns = cases.columns().stream().map(EntityTable.ColumnField::column).toList();
        assertTrue(columns.containsAll(java.util.List.of("case_number", "is_private", "version", "route_rule_id")));
        assertFalse(columns.contains("template_note"), "a @Transient field is no column");
    }

    @Test
    void aFieldNamedOtherThanItsColumnKeepsTheColumnsName() {
        var columns = EntityTable.of(SuspensionRequest.class).columns().stream()
                .map(EntityTable.ColumnField::column).toList();
        assertTrue(columns.contains("resume_at"));
        assertFalse(columns.contains("until"));
        assertFalse(EntityTable.of(RoutingRule.class).versioned());
    }
}
