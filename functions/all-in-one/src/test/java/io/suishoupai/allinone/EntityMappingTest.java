package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.shared.runtime.CurrentEntities;
import io.suishoupai.shared.view.RowEntities;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * Every entity's table and columns, as {@link CurrentEntities} reads them from the JPA annotations and writes rows
 * with them, exist in the migrated schema: the check Hibernate's schema validation made while functions ran it,
 * for the mapping actually used.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class EntityMappingTest {

    @Test
    void everyEntitysColumnsAreColumnsOfItsTable() {
        List<String> missing = new ArrayList<>();
        for (Class<?> entity : RowEntities.class.getAnnotation(RegisterForReflection.class).targets()) {
            String table = CurrentEntities.tableOf(entity);
            Set<String> stored = new TreeSet<>(List.of(String.valueOf(TestInfra.string("SELECT string_agg("
                    + "column_name, ',') FROM information_schema.columns WHERE table_schema = current_schema() "
                    + "AND table_name = '" + table + "'")).split(",")));
            for (String column : CurrentEntities.columnsOf(entity)) {
                if (!stored.contains(column)) {
                    missing.add(entity.getSimpleName() + " → " + table + "." + column);
                }
            }
        }
        assertEquals(List.of(), missing, "columns the entities map that the schema does not have");
        assertTrue(CurrentEntities.columnsOf(io.suishoupai.shared.caseflow.SuspensionRequest.class)
                .contains("resume_at"), "a field keeps its @Column name (until is resume_at)");
    }
}
