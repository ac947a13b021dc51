package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.view.CaseView.Location;

/** A component a client may offer ("this manhole cover?"): its position rounded to about 10 m, its distance to 5 m. */
@RegisterForReflection
public record NearbyComponent(String id, String name, String categoryCode, String state, Location location,
        double distanceMeters) {
}
