package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?kind=&coordSystem=}: the areas, optionally of one kind, their shapes in {@code coordSystem} (WGS84 unless given). */
@RegisterForReflection
public class AreaQuery {

    private String kind;
    private String coordSystem;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCoordSystem() {
        return coordSystem;
    }

    public void setCoordSystem(String coordSystem) {
        this.coordSystem = coordSystem;
    }
}
