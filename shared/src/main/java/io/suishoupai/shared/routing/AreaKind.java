package io.suishoupai.shared.routing;

import java.util.Optional;

/**
 * What an area is. The unit grid of GB/T 30428.1 / CJ/T 213 nests: the city boundary, districts (区/县), streets
 * (街道/乡镇), communities (社区/村), grids (万米单元网格). A ZONE is an area the city draws for routing only and
 * sits outside the nesting.
 */
public enum AreaKind {
    CITY(0), DISTRICT(1), STREET(2), COMMUNITY(3), GRID(4), ZONE(-1);

    /** Depth in the nesting (CITY 0 … GRID 4); -1 for ZONE. */
    private final int depth;

    AreaKind(int depth) {
        this.depth = depth;
    }

    /** The kind a caller named, if it is one. */
    public static Optional<AreaKind> parse(String name) {
        for (AreaKind k : values()) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** A level every case is placed in at intake: district, street, community, grid. */
    public boolean isUnit() {
        return depth >= 1;
    }

    /** Whether an area of this kind may be the parent of one of {@code child}: a coarser level of the nesting. */
    public boolean mayContain(AreaKind child) {
        return depth >= 0 && (child == ZONE || child.depth > depth);
    }

    /**
     * How specific a routing rule naming an area of this kind is: a smaller unit beats a larger one; a zone, drawn
     * for routing, ranks with a grid (between the two, priority decides).
     */
    public int routingSpecificity() {
        return this == ZONE ? GRID.depth : depth;
    }
}
