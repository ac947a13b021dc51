package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?from=&to=&cellMeters=&coordSystem=}: where the cases received in [from, to) were reported. */
@RegisterForReflection
public class HeatmapQuery extends PeriodQuery {

    private String cellMeters;
    private String coordSystem;

    public String getCellMeters() {
        return cellMeters;
    }

    public void setCellMeters(String cellMeters) {
        this.cellMeters = cellMeters;
    }

    public String getCoordSystem() {
        return coordSystem;
    }

    public void setCoordSystem(String coordSystem) {
        this.coordSystem = coordSystem;
    }
}
