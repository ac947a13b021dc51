package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * search-cases filters, all optional and combinable:
 * {@code q} (description text), {@code category} (code or name), {@code place} (address text), {@code caseNumber}
 * (number or prefix), {@code state} (one or more, comma-separated), {@code from}/{@code to} (dates or instants),
 * {@code department}, {@code lat}/{@code lon}/{@code radius} (metres), {@code page}/{@code size};
 * {@code district}/{@code street}/{@code community}/{@code grid} (unit codes);
 * {@code coordSystem} (WGS84 unless given): the system of {@code lat}/{@code lon} and of the answered locations.
 * Strings with setters: Funqy's GET binding fills them, and the service parses them with field errors.
 */
@RegisterForReflection
public class SearchQuery extends PageQuery {

    private String q;
    private String category;
    private String place;
    private String caseNumber;
    private String state;
    private String from;
    private String to;
    private String department;
    private String lat;
    private String lon;
    private String radius;
    private String coordSystem;
    private String district;
    private String street;
    private String community;
    private String grid;

    public String getCoordSystem() {
        return coordSystem;
    }

    public void setCoordSystem(String coordSystem) {
        this.coordSystem = coordSystem;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

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

    public String getRadius() {
        return radius;
    }

    public void setRadius(String radius) {
        this.radius = radius;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public String getGrid() {
        return grid;
    }

    public void setGrid(String grid) {
        this.grid = grid;
    }
}
