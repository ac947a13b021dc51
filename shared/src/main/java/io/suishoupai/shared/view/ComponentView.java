package io.suishoupai.shared.view;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.component.Component;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.view.CaseView.Location;

/** A component of the register as staff see it: its location in the system asked for. */
@RegisterForReflection
public record ComponentView(String id, String categoryCode, String name, Location location,
        String ownerDepartmentCode, String maintainerDepartmentCode, String state, @JsonRawValue String attributes,
        Instant updatedAt) {

    public static ComponentView of(Component c, CoordSystem system) {
        return new ComponentView(c.id, c.categoryCode, c.name, Location.of(new GeoPoint(c.lat, c.lon), system),
                c.ownerDepartmentCode, c.maintainerDepartmentCode, c.state.name(), c.attributes, c.updatedAt);
    }
}
