package io.suishoupai.shared.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;

class ComponentRulesTest {

    static Component cover(ComponentState state) {
        Component c = new Component();
        c.id = "42120201020000001";
        c.categoryCode = "01-01-02";
        c.lat = 29.8421;
        c.lon = 114.3225;
        c.state = state;
        return c;
    }

    static Optional<ErrorCode> refusal(Component c, String category, GeoPoint at) {
        return ComponentRules.check(c, "42120201020000001", category, at, 50).map(ComponentRules.Refusal::code);
    }

    @Test
    void aReportFitsAComponentOfTheSameGroupNearby() {
        GeoPoint near = new GeoPoint(29.8424, 114.3225); // ~33 m north
        assertEquals(Optional.empty(), refusal(cover(ComponentState.IN_USE), "01-01-01", near),
                "a water cover report fits a sewer cover: the citizen cannot tell them apart");
        assertEquals(Optional.empty(), refusal(cover(ComponentState.DAMAGED), "01-01-02", near));
    }

    @Test
    void eachRefusalHasItsCode() {
        GeoPoint here = new GeoPoint(29.8421, 114.3225);
        assertEquals(Optional.of(ErrorCode.UNKNOWN_COMPONENT), refusal(null, "01-01-02", here));
        assertEquals(Optional.of(ErrorCode.COMPONENT_REMOVED), refusal(cover(ComponentState.REMOVED), "01-01-02", here));
        assertEquals(Optional.of(ErrorCode.COMPONENT_CATEGORY_MISMATCH),
                refusal(cover(ComponentState.IN_USE), "01-02-01", here), "a traffic signal report on a cover");
        assertEquals(Optional.of(ErrorCode.COMPONENT_CATEGORY_MISMATCH),
                refusal(cover(ComponentState.IN_USE), "02-04-02", here), "an event category names no component");
        assertEquals(Optional.of(ErrorCode.COMPONENT_TOO_FAR),
                refusal(cover(ComponentState.IN_USE), "01-01-02", new GeoPoint(29.8426, 114.3225)), "~56 m");
    }

    @Test
    void theGroupPrefixIsOnlyForComponentCategories() {
        assertEquals(Optional.of("01-01-"), ComponentRules.groupPrefix("01-01-07"));
        assertEquals(Optional.empty(), ComponentRules.groupPrefix("02-01-01"));
        assertEquals(Optional.empty(), ComponentRules.groupPrefix("01-01"));
        assertFalse(ComponentRules.compatible("01-01-02", null));
    }

    @Test
    void idsFollowTheStandardsStructure() {
        assertTrue(ComponentRules.ID.matcher("42120201020000001").matches());
        assertTrue(ComponentRules.ID.matcher("421202010200AB01").matches(), "a city's own serial may hold letters");
        assertFalse(ComponentRules.ID.matcher("4212020102").matches(), "no serial");
        assertFalse(ComponentRules.ID.matcher("XN-0102-0001").matches());
        assertFalse(ComponentRules.ID.matcher("4".repeat(33)).matches(), "over 32 characters");
    }

    @Test
    void aDraftIsCheckedThenStoredInWgs84() {
        Set<String> categories = Set.of("01-01-02");
        Set<String> departments = Set.of("PSGS", "ZJJ");
        GeoPoint gcj = CoordSystem.GCJ02.fromWgs84(new GeoPoint(29.8421, 114.3225));
        ComponentDraft draft = new ComponentDraft("42120201020000001", "01-01-02", "污水井盖", gcj.lat(), gcj.lon(),
                "GCJ02", "ZJJ", "PSGS", null, "{\"material\":\"铸铁\"}");
        assertTrue(draft.problems(categories, departments).isEmpty());
        Component stored = draft.applyTo(new Component(), Instant.EPOCH);
        assertTrue(new GeoPoint(stored.lat, stored.lon).distanceMeters(new GeoPoint(29.8421, 114.3225)) < 0.5);
        assertEquals(ComponentState.IN_USE, stored.state);

        ComponentDraft bad = new ComponentDraft("1", "02-01-01", "", null, 114.0, "MARS", null, "NOPE", "BROKEN",
                "x".repeat(ComponentDraft.MAX_ATTRIBUTES + 1));
        assertEquals(8, bad.problems(categories, departments).size(), bad.problems(categories, departments).toString());
    }
}
