package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?page=&size=&coordSystem=}: the caller's own cases, their locations in {@code coordSystem} (WGS84 unless given). */
@RegisterForReflection
public class MyCasesQuery extends PageQuery {

    private String coordSystem;

    public String getCoordSystem() {
        return coordSystem;
    }

    public void setCoordSystem(String coordSystem) {
        this.coordSystem = coordSystem;
    }
}
