package io.suishoupai.shared.caseflow;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.PoolRows;
import io.suishoupai.shared.runtime.SqlValues;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** One row of the append-only case event log (a database trigger refuses updates and deletes). */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    public Instant at;

    @Column(name = "actor_id")
    public String actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    public ActorRole actorRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public CaseState toState;

    public String note;

    /** False for notes meant for staff only; the public timeline omits them. */
    @Column(name = "public_note")
    public boolean publicNote;

    /** Object keys attached with this event, space-separated (keys never contain spaces). */
    @Column(name = "media_keys", columnDefinition = "text")
    public String mediaKeys;

    public List<String> mediaKeyList() {
        return mediaKeys == null || mediaKeys.isBlank() ? List.of() : Arrays.asList(mediaKeys.split(" "));
    }

    /** When a case was last closed (null: never) and how often it was reopened from CLOSED: what ReopenRule reads. */
    public record Closures(Instant lastClosedAt, long reopened) {
    }

    public static Uni<Closures> closuresOf(CurrentSql sql, Long caseId) {
        return sql.first("SELECT max(at) FILTER (WHERE to_state = '"
                + CaseState.CLOSED + "'), count(*) FILTER (WHERE from_state = '" + CaseState.CLOSED + "') "
                + "FROM case_event WHERE case_id = ?1", caseId)
                .map(row -> new Closures(SqlValues.instant(row[0]), ((Number) row[1]).longValue()));
    }

    /** A move as the public may read it: its note only if it was made public; {@code by} tells how a case closed. */
    public record PublicUpdate(long eventId, String caseNumber, CaseState to, String publicNote, Instant at,
            ActorRole by) {
    }

    /**
     * Every move in [from, to), oldest first, at most {@code limit}: what Open311 clients poll for. On the pool
     * ({@code client}), in one statement with no unit of work of its own.
     */
    public static Uni<List<PublicUpdate>> publicUpdates(SqlClient client, Instant from, Instant to, int limit) {
        return PoolRows.of(client,
                "SELECT e.id, c.case_number, e.to_state, CASE WHEN e.public_note THEN e.note END, e.at, e.actor_role "
                        + "FROM case_event e JOIN city_case c ON c.id = e.case_id WHERE e.at >= $1 AND e.at < $2 "
                        + "AND NOT c.hidden AND NOT c.is_private "
                        + "ORDER BY e.at, e.id LIMIT $3", from, to, (long) limit)
                .map(rows -> rows.stream().map(r -> new PublicUpdate(((Number) r[0]).longValue(), (String) r[1],
                        CaseState.valueOf((String) r[2]), (String) r[3], SqlValues.instant(r[4]),
                        ActorRole.valueOf((String) r[5]))).toList());
    }
}
