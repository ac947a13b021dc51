package io.suishoupai.shared.view;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;

/**
 * A case as a client sees it. The public view leaves every field marked "staff and reporter" null (and so out of
 * the JSON): no reporter identity, no report photos, a rounded location. {@code source} (where the case came from)
 * is for everyone; a registered case's contact is for staff only.
 */
@RegisterForReflection
public record CaseView(
        String caseNumber,
        String state,
        CodeName category,
        String description,
        String address,
        Location location,
        /* the unit grid, decided at intake; the public view stops at the community */
        CodeName district,
        CodeName street,
        CodeName community,
        CodeName grid,
        /* the registered component (部件) the report names */
        ComponentRef component,
        CodeName department,
        Instant deadline,
        String duplicateOf,
        /* a duplicate follows its master: the master's current state */
        @JsonInclude(JsonInclude.Include.NON_NULL) String masterState,
        Instant createdAt,
        Instant updatedAt,
        List<TimelineEntry> timeline,
        List<MediaView> media,
        /* staff and reporter */
        @JsonInclude(JsonInclude.Include.NON_NULL) String view,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reporterId,
        /* everyone: where the case came from (CaseSource) */
        String source,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer version,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer reworkCount,
        /* staff only: reminders sent for the case (all levels) and of those the escalations (overdue, leadership) */
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer reminders,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer escalations,
        /* staff only: who to call back about a case registered by a screener */
        @JsonInclude(JsonInclude.Include.NON_NULL) Contact contact,
        /* everyone: NORMAL or URGENT (急要件) */
        String urgency,
        /* staff only: approved extensions (延期次数); a second one is a leader's decision */
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer extensions,
        /* everyone: how a CLOSED case ended — RESOLVED (verified fixed) or UNRESOLVED (closed unfixed by a leader,
           the reason on the timeline); null before it closes */
        String outcome,
        /* everyone: when a parked (SUSPENDED) or deferred case goes back to its department; null otherwise */
        Instant resumeAt,
        /* staff only: a handler's suspension request waiting for a leader (null: none) */
        @JsonInclude(JsonInclude.Include.NON_NULL) PendingSuspension pendingSuspension,
        /* staff only: a handler's extension request waiting for a decision (null: none) */
        @JsonInclude(JsonInclude.Include.NON_NULL) PendingExtension pendingExtension,
        /* staff only: each run of the command centre's timed stages (screening, check, dispatch, verification),
           with when it was due; disposal runs against deadline */
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StageView> stages,
        /* everyone: citizens who said "still there" (我也遇到), its duplicates' included */
        long supporters,
        /* staff only: the handler of the department the case is assigned to (assign-case) */
        @JsonInclude(JsonInclude.Include.NON_NULL) String assigneeId,
        /* everyone: a screener edited the public text (the original is in the staff's event log) */
        boolean edited,
        /* staff only: hidden from public views and search (moderate-case), and why */
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hidden,
        @JsonInclude(JsonInclude.Include.NON_NULL) String hiddenReason,
        /* staff and reporter: never public */
        @JsonInclude(JsonInclude.Include.NON_NULL) @com.fasterxml.jackson.annotation.JsonProperty("private")
        Boolean isPrivate) {

    /** A run of a timed stage: started, due, ended (null: still open). */
    @RegisterForReflection
    public record StageView(String stage, Instant startedAt, Instant dueAt, Instant endedAt) {
    }

    /** An extension request waiting for a screener's or leader's decision. */
    @RegisterForReflection
    public record PendingExtension(int hours, String reason, String requestedBy, Instant requestedAt) {
    }

    /** A suspension request waiting for a leader's decision. */
    @RegisterForReflection
    public record PendingSuspension(String reason, Instant until, String requestedBy, Instant requestedAt) {
    }

    /** A registered case's contact (hotline caller, leadership office …). */
    @RegisterForReflection
    public record Contact(String name, String phone) {
    }

    @RegisterForReflection
    public record CodeName(String code, String name) {
        /** A code with its name from the map; null for no code; the name null when unknown. */
        public static CodeName of(String code, java.util.Map<String, String> names) {
            return code == null ? null : new CodeName(code, names.get(code));
        }
    }

    @RegisterForReflection
    public record ComponentRef(String id, String name) {
    }

    /**
     * A point as answered: in the system the caller asked for (WGS84 unless told), which it names. Stored points are
     * WGS-84; this is the one place they are converted on the way out.
     */
    @RegisterForReflection
    public record Location(double lat, double lon, String coordSystem) {
        public static Location of(GeoPoint wgs84, CoordSystem system) {
            GeoPoint p = system.fromWgs84(wgs84);
            return new Location(p.lat(), p.lon(), system.name());
        }
    }

    @RegisterForReflection
    public record TimelineEntry(String state, Instant at, String note,
            @JsonInclude(JsonInclude.Include.NON_NULL) String actorRole,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> media) {
    }

    /**
     * {@code key}: as uploaded (and sent with the report); {@code storedKey}: where the bucket keeps it; {@code url}:
     * a short-lived link to read it — in a public view only for photos whose metadata was stripped when kept.
     */
    @RegisterForReflection
    public record MediaView(String key, String storedKey, String stage, String kind, String contentType,
            @JsonInclude(JsonInclude.Include.NON_NULL) String url,
            /* true: url shows the copy a screener redacted (faces, number plates blacked out) */
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean redacted) {
    }
}
