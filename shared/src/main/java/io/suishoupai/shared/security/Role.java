package io.suishoupai.shared.security;

import java.util.Locale;
import java.util.Optional;

/** The roles of DESIGN.md; a JWT carries them lower-case in its {@code groups} claim. */
public enum Role {
    CITIZEN, STAFF, SCREENER, HANDLER, INSPECTOR, ADMIN, SCHEDULER,
    /** 值班长/中心领导: the command centre's duty chief and leadership, for second-tier decisions. */
    LEADER;

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromClaim(String claim) {
        for (Role r : values()) {
            if (r.claim().equals(claim)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
