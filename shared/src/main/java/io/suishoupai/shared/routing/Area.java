package io.suishoupai.shared.routing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A unit of the grid (city, district, street, community, grid) or a routing zone, as a GeoJSON Polygon or
 * MultiPolygon (WGS-84, [lon, lat]), with its bounding box for the point-in-polygon pre-filter.
 */
@Entity
@Table(name = "area")
public class Area {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public AreaKind kind;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(columnDefinition = "text")
    public String geojson;

    public boolean active;

    @Column(name = "min_lat")
    public Double minLat;

    @Column(name = "max_lat")
    public Double maxLat;

    @Column(name = "min_lon")
    public Double minLon;

    @Column(name = "max_lon")
    public Double maxLon;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Sets the shape: its GeoJSON text (WGS-84) and the bounding box of its parsed geometry. */
    public void shape(String wgs84GeoJson, Geometry geometry) {
        geojson = wgs84GeoJson;
        Envelope box = geometry.getEnvelopeInternal();
        minLat = box.getMinY();
        maxLat = box.getMaxY();
        minLon = box.getMinX();
        maxLon = box.getMaxX();
    }
}
