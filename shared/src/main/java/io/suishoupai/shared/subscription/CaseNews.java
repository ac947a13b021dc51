package io.suishoupai.shared.subscription;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.geo.GeoPoint;
import io.smallrye.mutiny.Uni;

/**
 * A case's news for the citizens who follow it: one waiting notice per citizen, written in one statement in the
 * transaction of what made the news, and batched per citizen by the next delivery pass (CitizenDigests). Who hears:
 * the case's subscribers (its reporter and supporters among them) and its duplicates' (their reporters hear of the
 * master they were merged into), the subscribers of the district, street, community or grid holding it, and those
 * whose circle holds it — each citizen once, for the closest reason. Nothing is written while no citizen channel is
 * active: there would be no one to carry it.
 */
@ApplicationScoped
public class CaseNews {

    @Inject
    CurrentSql sql;

    public enum Kind {
        /** The case moved (filed, dispatched, closed …). */
        STATE,
        /** Staff posted a public progress note. */
        NOTE
    }

    /**
     * Parameters: 1 case id, 2 case number, 3–6 its district, street, community, grid, 7 lat, 8 lon, 14 whether the
     * public may see it (a hidden or private case is news for those who follow it by name only).
     */
    static final String RECIPIENTS = "SELECT s.account_id, 'CASE' AS reason, 1 AS rank FROM subscription s "
            + "WHERE s.kind = 'CASE' AND (s.case_id = ?1 OR s.case_id IN (SELECT d.id FROM city_case d "
            + "WHERE d.duplicate_of = ?2)) "
            + "UNION ALL SELECT s.account_id, 'AREA', 2 FROM subscription s "
            + "WHERE ?14 AND s.kind = 'AREA' AND s.area_code IN (?3, ?4, ?5, ?6) "
            + "UNION ALL SELECT s.account_id, 'NEAR', 3 FROM subscription s WHERE ?14 AND s.kind = 'NEAR' "
            + "AND box(point(s.min_lon, s.min_lat), point(s.max_lon, s.max_lat)) @> box(point(?8, ?7), point(?8, ?7)) "
            + "AND " + GeoPoint.distanceSql("s.lat", "s.lon").replace("?", "%s").formatted("?7", "?7", "?8")
            + " <= s.radius_m";

    static final String FAN_OUT = "INSERT INTO citizen_notice (account_id, case_number, kind, state, note, outcome, "
            + "reason, at) SELECT DISTINCT ON (r.account_id) r.account_id, ?2, ?9, ?10, CAST(?11 AS text), "
            + "CAST(?12 AS varchar), r.reason, ?13 "
            + "FROM (" + RECIPIENTS + ") r WHERE EXISTS (SELECT 1 FROM notification_channel ch "
            + "WHERE ch.owner_kind = 'CITIZEN' AND ch.active) ORDER BY r.account_id, r.rank";

    /** Must run inside a transaction. How many citizens will hear of it. */
    public Uni<Integer> tell(CityCase c, Kind kind, String note, Instant at) {
        return sql.update(FAN_OUT, c.id, c.caseNumber, orNone(c.districtCode), orNone(c.streetCode),
                orNone(c.communityCode), orNone(c.gridCode), c.lat, c.lon, kind.name(), c.state.name(), note,
                c.outcome == null ? null : c.outcome.name(), at, c.publiclyVisible());
    }

    /** No area has an empty code: an unplaced case matches no area subscription (and binds no untyped null). */
    private static String orNone(String code) {
        return code == null ? "" : code;
    }
}
