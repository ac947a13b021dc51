package io.suishoupai.shared.routing;

import java.util.Optional;

/** What a service area is: a district, a grid (网格) or a zone the city draws for routing. */
public enum AreaKind {
    DISTRICT, GRID, ZONE;

    /** The kind a caller named, if it is one. */
    public static Optional<AreaKind> parse(String name) {
        for (AreaKind k : values()) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
