package io.suishoupai.shared.subscription;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A citizen's wish to hear of cases (issue #18): one case, every case in an area (district, street, community or
 * grid), or every case within a circle. News reaches them through {@link CaseNews}.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    public enum Kind {
        CASE, AREA, NEAR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public String accountId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "area_code")
    public String areaCode;

    /** WGS-84, like every stored point. */
    public Double lat;

    public Double lon;

    @Column(name = "radius_m")
    public Integer radiusMeters;

    @Column(name = "min_lat")
    public Double minLat;

    @Column(name = "min_lon")
    public Double minLon;

    @Column(name = "max_lat")
    public Double maxLat;

    @Column(name = "max_lon")
    public Double maxLon;

    @Column(name = "created_at")
    public Instant createdAt;
}
