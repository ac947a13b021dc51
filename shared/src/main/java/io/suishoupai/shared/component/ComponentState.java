package io.suishoupai.shared.component;

import java.util.Optional;

/** A component's state in the register. */
public enum ComponentState {
    IN_USE, DAMAGED, REMOVED;

    public static Optional<ComponentState> parse(String name) {
        for (ComponentState s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
