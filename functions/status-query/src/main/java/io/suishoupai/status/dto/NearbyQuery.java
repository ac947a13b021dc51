package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code ?lat=&lon=&coordSystem=&categoryCode=&radius=}: components near a point, in {@code coordSystem} (WGS84
 * unless given), optionally only those fitting a report category, within {@code radius} metres (30 unless given,
 * at most 200).
 */
@RegisterForReflection
public class NearbyQuery {

    private String lat;
    private String lon;
    private String coordSystem;
    private String categoryCode;
    private String radius;

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }

    public String getCoordSystem() {
        return coordSystem;
    }

    public void setCoordSystem(String coordSystem) {
        this.coordSystem = coordSystem;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getRadius() {
        return radius;
    }

    public void setRadius(String radius) {
        this.radius = radius;
    }
}
