package io.suishoupai.shared.routing;

import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * Where a point lies in the unit grid: the codes of its district, street, community and grid (each null when no
 * area of that kind covers it). Decided once at intake and stored with the case.
 */
public record Placement(String district, String street, String community, String grid) {

    public static final Placement NOWHERE = new Placement(null, null, null, null);

    /** An area that covers the point, with its shape (to tell overlapping areas of one kind apart). */
    public record Covering(String code, AreaKind kind, Geometry geometry) {
    }

    /**
     * From the areas covering a point: per kind, the smallest (overlaps are a drawing error, but the smaller area is
     * the likelier intent), ties by code so the answer never depends on row order.
     */
    public static Placement of(List<Covering> covering) {
        return new Placement(pick(covering, AreaKind.DISTRICT), pick(covering, AreaKind.STREET),
                pick(covering, AreaKind.COMMUNITY), pick(covering, AreaKind.GRID));
    }

    private static String pick(List<Covering> covering, AreaKind kind) {
        return covering.stream().filter(c -> c.kind() == kind)
                .min(Comparator.comparingDouble((Covering c) -> c.geometry().getArea()).thenComparing(Covering::code))
                .map(Covering::code).orElse(null);
    }

    /** The code stored for a unit kind (null for CITY and ZONE, which are not stored). */
    public String codeOf(AreaKind kind) {
        return switch (kind) {
            case DISTRICT -> district;
            case STREET -> street;
            case COMMUNITY -> community;
            case GRID -> grid;
            case CITY, ZONE -> null;
        };
    }

    /** Whether nothing was placed: a case from before the grid existed, or outside every unit. */
    public boolean isEmpty() {
        return district == null && street == null && community == null && grid == null;
    }
}
