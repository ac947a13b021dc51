package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?id=&page=&size=&coordSystem=}: a component's cases, newest first. */
@RegisterForReflection
public class ComponentCasesQuery extends PageQuery {

    private String id;
    private String coordSystem;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCoordSystem() {
        return coordSystem;
    }

    public void setCoordSystem(String coordSystem) {
        this.coordSystem = coordSystem;
    }
}
