package io.suishoupai.shared.component;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.runtime.PoolRows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** 部件: one registered object of the city (a manhole cover, a street light), where it is and who keeps it. */
@Entity
@Table(name = "component")
public class Component {

    /** CJ/T 214: area code (6) + 大类 (2) + 小类 (2) + serial. */
    @Id
    public String id;

    @Column(name = "category_code")
    public String categoryCode;

    public String name;

    /** WGS-84, like every stored point. */
    public double lat;

    public double lon;

    @Column(name = "owner_department_code")
    public String ownerDepartmentCode;

    @Column(name = "maintainer_department_code")
    public String maintainerDepartmentCode;

    @Enumerated(EnumType.STRING)
    public ComponentState state;

    /** Free attributes as a JSON object's text (material, size, install date …). */
    @Column(columnDefinition = "text")
    public String attributes;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A component near a point, with its great-circle distance in metres. */
    public record Near(String id, String name, String categoryCode, ComponentState state, GeoPoint at,
            double distanceMeters) {
    }

    /**
     * Must run inside a unit of work on the pool. The components in use or damaged within {@code radiusMeters} of
     * the (WGS-84) point whose category code starts with {@code categoryPrefix} ("" for any), nearest first, at
     * most {@code limit}: a bounding box on the indexed columns, then the exact distance.
     */
    public static Uni<List<Near>> nearest(SqlClient client, GeoPoint p, double radiusMeters, String categoryPrefix,
            int limit) {
        double dLat = GeoPoint.latDegrees(radiusMeters);
        double dLon = p.lonDegrees(radiusMeters);
        // distanceSql's three placeholders are the point's latitude, latitude again and longitude
        String distance = GeoPoint.distanceSql("lat", "lon").replace("?", "%s").formatted("?1", "?1", "?2");
        return PoolRows.of(client, "SELECT id, name, category_code, state, lat, lon, "
                + distance + " AS d FROM component WHERE state <> ?3 AND category_code LIKE ?4 "
                + "AND lat BETWEEN ?5 AND ?6 AND lon BETWEEN ?7 AND ?8 AND " + distance + " <= ?9 "
                + "ORDER BY d, id LIMIT " + limit, p.lat(), p.lon(), ComponentState.REMOVED.name(),
                categoryPrefix + "%", p.lat() - dLat, p.lat() + dLat, p.lon() - dLon, p.lon() + dLon, radiusMeters)
                .map(rows -> rows.stream().map(r -> new Near((String) r[0], (String) r[1], (String) r[2],
                        ComponentState.valueOf((String) r[3]),
                        new GeoPoint(((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue()),
                        ((Number) r[6]).doubleValue())).toList());
    }
}
