package io.suishoupai.shared.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.FieldError;

class AreaRulesTest {

    static final Map<String, AreaKind> KNOWN = Map.of("421202001", AreaKind.STREET, "421202001001", AreaKind.COMMUNITY);

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aWellFormedGridUnderItsCommunityPasses() {
        assertTrue(AreaRules.problems("42120200100101", "金桂社区第1网格", "GRID", "421202001001", KNOWN).isEmpty());
        assertTrue(AreaRules.problems("OLD-TOWN", "老城区", "ZONE", null, KNOWN).isEmpty());
    }

    @Test
    void eachFieldIsRefusedWithItsReason() {
        assertEquals(List.of("code", "name", "kind"), fields(AreaRules.problems("has space", " ", "BLOCK", null, KNOWN)));
        assertEquals(List.of("code"), fields(AreaRules.problems("x".repeat(33), "n", "GRID", null, KNOWN)));
        List<FieldError> unknown = AreaRules.problems("G1", "n", "GRID", "NOPE", KNOWN);
        assertTrue(unknown.get(0).message().startsWith(AreaRules.UNKNOWN_PARENT));
        assertEquals("parentCode", AreaRules.problems("G1", "n", "GRID", "G1", KNOWN).get(0).field());
        List<FieldError> upsideDown = AreaRules.problems("S2", "n", "STREET", "421202001001", KNOWN);
        assertTrue(upsideDown.get(0).message().contains("a COMMUNITY cannot contain a STREET"), upsideDown.toString());
    }
}
