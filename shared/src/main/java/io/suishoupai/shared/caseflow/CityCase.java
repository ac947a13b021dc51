package io.suishoupai.shared.caseflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.category.CaseUrgency;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.routing.Placement;
import io.suishoupai.shared.routing.RouteFinder;
import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;

/**
 * A case: one citizen's (or staff member's) report and everything the city does with it. Its state only changes
 * through {@link CaseLifecycle}; the optimistic {@code version} makes the loser of a concurrent change get 409.
 */
@Entity
@Table(name = "city_case")
public class CityCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_number")
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    public CaseState state;

    @Column(name = "category_code")
    public String categoryCode;

    public String description;

    public String address;

    public double lat;

    public double lon;

    @Column(name = "reporter_id")
    public String reporterId;

    @Enumerated(EnumType.STRING)
    public CaseSource source;

    @Column(name = "department_code")
    public String departmentCode;

    public Instant deadline;

    @Column(name = "duplicate_of")
    public String duplicateOf;

    @Column(name = "rework_count")
    public int reworkCount;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The routing rule that picked the department (null: the category default or a screener's choice). */
    @Column(name = "route_rule_id")
    public Long routeRuleId;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    /** Hours added to the deadline by approved extensions since the last dispatch. */
    @Column(name = "extension_hours")
    public int extensionHours;

    /** An Open311 client's media_url: a link it hosts, shown as given (never fetched by us). */
    @Column(name = "external_media_url")
    public String externalMediaUrl;

    /* where the case lies in the unit grid, decided at intake (null: no such unit covers it) */
    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "street_code")
    public String streetCode;

    @Column(name = "community_code")
    public String communityCode;

    @Column(name = "grid_code")
    public String gridCode;

    /** When the four codes were decided (null: never, a case from before the grid existed; see place-cases). */
    @Column(name = "placed_at")
    public Instant placedAt;

    /** The registered component (部件) the report names, if any. */
    @Column(name = "component_id")
    public String componentId;

    /** Who to call back about a case a screener registered (hotline caller, leadership office …): staff view only. */
    @Enumerated(EnumType.STRING)
    public CaseUrgency urgency = CaseUrgency.NORMAL;

    /** When an inspector's on-site check (核实) found the problem; null: never checked, or not found. */
    @Column(name = "checked_at")
    public Instant checkedAt;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** How a CLOSED case ended; null in every other state (CaseJournal keeps it so). */
    @Enumerated(EnumType.STRING)
    public CaseOutcome outcome;

    /** When the current pause (SUSPENDED, DEFERRED) began and when it ends; null when not paused. */
    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "resume_at")
    public Instant resumeAt;

    /** Hidden from public views, search and Open311 by a screener (moderate-case); reversible. */
    public boolean hidden;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    /** Never public: marked so by its reporter at intake or by a screener later; one way. */
    @Column(name = "is_private")
    public boolean isPrivate;

    /** Its public text was edited by a screener (the original is in the event log); the public sees "edited". */
    public boolean edited;

    /** Whether the public may see the case at all. */
    public boolean publiclyVisible() {
        return !hidden && !isPrivate;
    }

    /** The handler of the department the case is assigned to (assign-case), if any. */
    @Column(name = "assignee_id")
    public String assigneeId;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Version
    public int version;

    /**
     * The filled response template a staff call named (templateCode), for the move it makes next: not stored —
     * CaseJournal.move turns it into the move's public note.
     */
    @jakarta.persistence.Transient
    public transient String templateNote;

    public Placement placement() {
        return new Placement(districtCode, streetCode, communityCode, gridCode);
    }

    /**
     * Must run inside a unit of work on the pool. What routing looks at: the point, the stored placement, the
     * component's maintainer.
     */
    public Uni<RouteFinder.Subject> routeSubject() {
        GeoPoint point = new GeoPoint(lat, lon);
        if (componentId == null) {
            return Uni.createFrom().item(new RouteFinder.Subject(point, placement(), null));
        }
        return CurrentSql.here().first("SELECT maintainer_department_code FROM component "
                + "WHERE id = ?1", componentId).map(row -> new RouteFinder.Subject(point, placement(),
                        row == null ? null : (String) row[0]));
    }

    public void place(Placement p, Instant at) {
        districtCode = p.district();
        streetCode = p.street();
        communityCode = p.community();
        gridCode = p.grid();
        placedAt = at;
    }

    /** 404 {@code CASE_NOT_FOUND}: what a caller hears of a case that does not exist or that they may not see. */
    public static RuntimeException notFound(String caseNumber) {
        return Problems.notFound(ErrorCode.CASE_NOT_FOUND, "There is no case " + caseNumber + ".");
    }
}
