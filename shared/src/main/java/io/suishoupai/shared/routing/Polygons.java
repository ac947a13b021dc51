package io.suishoupai.shared.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;

/**
 * GeoJSON Polygon / MultiPolygon to a JTS geometry, validated (closed rings, no self-intersection, coordinates
 * in range). Point-in-polygon is JTS's {@code covers}: a point on the border belongs to the area.
 */
public final class Polygons {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_VERTICES = 10_000;

    private Polygons() {
    }

    /** Parses and validates; a bad polygon is 422 INVALID_POLYGON naming what is wrong. */
    public static Geometry parse(String geojson) {
        JsonNode node;
        try {
            node = MAPPER.readTree(geojson);
        } catch (Exception e) {
            throw invalid("it is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw invalid("it is not a GeoJSON object");
        }
        if ("Feature".equals(node.path("type").asText())) {
            node = node.path("geometry");
        }
        String type = node.path("type").asText();
        JsonNode coordinates = node.path("coordinates");
        Geometry geometry = switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode p : coordinates) {
                    polygons.add(polygon(p));
                }
                if (polygons.isEmpty()) {
                    throw invalid("a MultiPolygon needs at least one polygon");
                }
                yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw invalid("the type must be Polygon or MultiPolygon, not " + (type.isEmpty() ? "missing" : type));
        };
        if (geometry.getNumPoints() > MAX_VERTICES) {
            throw invalid("it has more than " + MAX_VERTICES + " vertices");
        }
        if (!geometry.isValid()) {
            throw invalid("its rings cross themselves or each other");
        }
        return geometry;
    }

    /**
     * The same GeoJSON geometry with every position converted from {@code system} to WGS-84 (the stored system); the
     * text unchanged for WGS84 and CGCS2000. Call after {@link #parse} accepted it.
     */
    public static String toWgs84(String geojson, CoordSystem system) {
        return system.isWgs84() ? geojson : convert(geojson, system::toWgs84);
    }

    /** A stored (WGS-84) geometry with every position in {@code system}, for an answer. */
    public static String fromWgs84(String geojson, CoordSystem system) {
        return system.isWgs84() ? geojson : convert(geojson, system::fromWgs84);
    }

    private static String convert(String geojson, UnaryOperator<GeoPoint> conversion) {
        try {
            JsonNode node = MAPPER.readTree(geojson);
            JsonNode geometry = "Feature".equals(node.path("type").asText()) ? node.path("geometry") : node;
            convert(geometry.path("coordinates"), conversion);
            return MAPPER.writeValueAsString(geometry);
        } catch (java.io.IOException e) {
            throw invalid("it is not JSON");
        }
    }

    private static void convert(JsonNode coordinates, UnaryOperator<GeoPoint> conversion) {
        if (!coordinates.isArray()) {
            return;
        }
        if (coordinates.size() >= 2 && coordinates.get(0).isNumber()) {
            GeoPoint p = conversion.apply(new GeoPoint(coordinates.get(1).asDouble(), coordinates.get(0).asDouble()));
            ((ArrayNode) coordinates).set(0, p.lon());
            ((ArrayNode) coordinates).set(1, p.lat());
            return;
        }
        coordinates.forEach(c -> convert(c, conversion));
    }

    public static boolean covers(Geometry area, GeoPoint point) {
        return area.covers(FACTORY.createPoint(new Coordinate(point.lon(), point.lat())));
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw invalid("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4) {
            throw invalid("a ring needs at least 4 positions, the last equal to the first");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw invalid("a position is [lon, lat]");
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                throw invalid("a position is outside [-180, 180] × [-90, 90]");
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw invalid("a ring must end where it starts");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static RuntimeException invalid(String why) {
        return Problems.unprocessable(ErrorCode.INVALID_POLYGON, "The area is not a valid GeoJSON polygon: " + why + ".");
    }
}
