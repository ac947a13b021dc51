package io.suishoupai.shared.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A district, grid or zone, as a GeoJSON Polygon or MultiPolygon (WGS-84, [lon, lat]). */
@Entity
@Table(name = "area")
public class Area extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public AreaKind kind;

    @Column(columnDefinition = "text")
    public String geojson;

    public boolean active;
}
