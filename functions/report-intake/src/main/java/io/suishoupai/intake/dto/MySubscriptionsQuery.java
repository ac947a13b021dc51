package io.suishoupai.intake.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?coordSystem=WGS84|GCJ02}: the system circles' centres are answered in (WGS84 unless given). */
@RegisterForReflection
public class MySubscriptionsQuery {

    private String coordSystem;

    public String getCoordSystem() {
        return coordSystem;
    }

    public void setCoordSystem(String coordSystem) {
        this.coordSystem = coordSystem;
    }
}
