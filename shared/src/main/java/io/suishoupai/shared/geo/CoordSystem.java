package io.suishoupai.shared.geo;

import java.util.Arrays;
import java.util.Optional;

import io.suishoupai.shared.error.InputCheck;

/**
 * The coordinate system a client's point is in. Phones in China rarely send WGS-84: WeChat's location picker,
 * Tencent and AMap maps give GCJ-02 (offset by a few hundred metres, 589 m at Xianning), Baidu gives BD-09 (a
 * further offset on top of GCJ-02). Points are stored in WGS-84. CGCS2000, China's geodetic datum, is taken as
 * WGS-84: the two ellipsoids and frames differ by a few centimetres, far below a phone's accuracy.
 */
public enum CoordSystem {
    WGS84, GCJ02, BD09, CGCS2000;

    /** The system a client named (null: WGS84, the default); empty when it is none of these. */
    public static Optional<CoordSystem> parse(String name) {
        if (name == null) {
            return Optional.of(WGS84);
        }
        for (CoordSystem s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The system named, WGS84 when none; call after {@link #check} has refused unknown names. */
    public static CoordSystem orDefault(String name) {
        return parse(name).orElse(WGS84);
    }

    /** Records a field error when the name is given and is not a system. */
    public static InputCheck check(InputCheck check, String name, String field) {
        return check.require(parse(name).isPresent(), field,
                "must be one of " + Arrays.toString(values()) + " (default WGS84)");
    }

    /** Whether points in this system are stored as given (WGS84, and CGCS2000 at better than a metre). */
    public boolean isWgs84() {
        return this == WGS84 || this == CGCS2000;
    }

    /** A point given in this system, in WGS-84. */
    public GeoPoint toWgs84(GeoPoint p) {
        return switch (this) {
            case WGS84, CGCS2000 -> p;
            case GCJ02 -> Gcj02.toWgs84(p);
            case BD09 -> Gcj02.toWgs84(Gcj02.fromBd09(p));
        };
    }

    /** A WGS-84 point in this system. */
    public GeoPoint fromWgs84(GeoPoint p) {
        return switch (this) {
            case WGS84, CGCS2000 -> p;
            case GCJ02 -> Gcj02.fromWgs84(p);
            case BD09 -> Gcj02.toBd09(Gcj02.fromWgs84(p));
        };
    }
}
