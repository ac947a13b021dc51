package io.suishoupai.shared.view;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.CaseEvent;
import io.suishoupai.shared.caseflow.CaseMedia;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.ExtensionRequest;
import io.suishoupai.shared.caseflow.SuspensionRequest;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.view.CaseView.CodeName;
import io.suishoupai.shared.geo.GeoPoint;
import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.storage.MediaKeys;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.PhotoMetadata;
import io.suishoupai.shared.storage.UploadSigner;

/**
 * Builds {@link CaseView}s for an audience. The one place that decides what the public may see: the public view
 * carries after-photos (disposal and verification) but never report photos, reporter identity, staff-only notes
 * or the exact location.
 */
@ApplicationScoped
public class CaseViews {

    @Inject
    UploadSigner signer;

    @Inject
    CaseViewQuery query;

    /** Must run inside a unit of work on the pool. The location in WGS-84. */
    public Uni<CaseView> of(CityCase c, Audience audience) {
        return of(c, audience, CoordSystem.WGS84);
    }

    /** Must run inside a unit of work on the pool. The location in the system the caller asked for. */
    public Uni<CaseView> of(CityCase c, Audience audience, CoordSystem system) {
        return of(c, audience, system, false);
    }

    /**
     * Must run inside a unit of work on the pool. {@code originals}: the photos as taken, not the redacted copies —
     * for the command centre (who redacts them) only. A case hidden from the public, or private, has no public view:
     * 404, as if it did not exist.
     */
    public Uni<CaseView> of(CityCase c, Audience audience, CoordSystem system, boolean originals) {
        if (audience == Audience.PUBLIC && !c.publiclyVisible()) {
            return Uni.createFrom().failure(CityCase.notFound(c.caseNumber));
        }
        return query.forCase(c, audience == Audience.STAFF)
                .map(related -> build(c, audience, system, related, originals));
    }

    /**
     * get-case's way: the case with this number and all its view needs in one statement straight on the pool;
     * 404 when there is none. {@code audience} decides from the case once it is read.
     */
    public Uni<CaseView> byNumber(String caseNumber, Caller caller, CoordSystem system, boolean originals) {
        return query.byNumber(caseNumber, Audience.mayBeStaff(caller)).map(found -> {
            if (found == null) {
                throw CityCase.notFound(caseNumber);
            }
            Audience audience = Audience.of(caller, found.c());
            if (audience == Audience.PUBLIC && !found.c().publiclyVisible()) {
                throw CityCase.notFound(caseNumber);
            }
            return build(found.c(), audience, system, found.related(), originals);
        });
    }

    /**
     * Staff and the reporter get a link to every item; the public only to after-photos stripped of their metadata
     * (HEIC keeps its own, so it is listed without a link).
     */
    private CaseView.MediaView mediaView(CaseMedia m, boolean full, boolean originals) {
        String stored = MediaKeys.keptKey(m.objectKey);
        boolean linked = full || MediaType.ofContentType(m.contentType).map(PhotoMetadata::strips).orElse(false);
        boolean redacted = m.redactedKey != null && !originals;
        return new CaseView.MediaView(m.objectKey, stored, m.stage.name(), m.kind.name(), m.contentType,
                linked ? signer.presignGet(redacted ? m.redactedKey : stored).toString() : null,
                m.redactedKey == null ? null : redacted);
    }

    private CaseView build(CityCase c, Audience audience, CoordSystem system, CaseViewQuery.Related related,
            boolean originals) {
        List<CaseEvent> events = related.events();
        List<CaseMedia> media = related.media();
        CaseViewQuery.Staff staff = audience == Audience.STAFF ? related.staff() : CaseViewQuery.Staff.NONE;
        Map<String, String> areaNames = related.areaNames();
        boolean full = audience != Audience.PUBLIC;
        Map<String, CaseMedia> byKey = media.stream().collect(Collectors.toMap(m -> m.objectKey, Function.identity()));
        List<CaseView.MediaView> visibleMedia = media.stream()
                .filter(m -> full || m.stage.isPublic())
                .map(m -> mediaView(m, full, originals))
                .toList();
        // the public timeline shows the moves and the public notes; an entry that moves nothing and says nothing
        // public (a reporter's follow-up, a handler's request for time) is the staff's and the reporter's business
        List<CaseView.TimelineEntry> timeline = events.stream()
                .filter(e -> full || e.publicNote || e.fromState != e.toState)
                .map(e -> new CaseView.TimelineEntry(e.toState.name(), e.at,
                        full || e.publicNote ? e.note : null,
                        audience == Audience.STAFF ? e.actorRole.name() : null,
                        e.mediaKeyList().stream()
                                .filter(k -> full || (byKey.containsKey(k) && byKey.get(k).stage.isPublic()))
                                .toList()))
                .toList();
        GeoPoint point = new GeoPoint(c.lat, c.lon);
        GeoPoint shown = full ? point : point.roundedForPublic();
        return new CaseView(c.caseNumber, c.state.name(),
                related.category(),
                c.description, c.address, CaseView.Location.of(shown, system),
                CodeName.of(c.districtCode, areaNames), CodeName.of(c.streetCode, areaNames),
                CodeName.of(c.communityCode, areaNames),
                full ? CodeName.of(c.gridCode, areaNames) : null,
                c.componentId == null ? null : new CaseView.ComponentRef(c.componentId,
                        related.componentName()),
                related.department(),
                c.deadline, c.duplicateOf, related.masterState(), c.createdAt, c.updatedAt, timeline, visibleMedia,
                audience.name(), full ? c.reporterId : null, c.source.name(),
                full ? c.version : null, full ? c.reworkCount : null,
                audience == Audience.STAFF ? (int) staff.reminders() : null,
                audience == Audience.STAFF ? (int) staff.escalations() : null,
                audience == Audience.STAFF && (c.contactName != null || c.contactPhone != null)
                        ? new CaseView.Contact(c.contactName, c.contactPhone) : null,
                c.urgency.name(),
                audience == Audience.STAFF ? (int) staff.extensions() : null,
                c.outcome == null ? null : c.outcome.name(), c.resumeAt,
                staff.pendingSuspension() == null ? null : pending(staff.pendingSuspension()),
                staff.pendingExtension() == null ? null : pending(staff.pendingExtension()),
                audience == Audience.STAFF ? staff.stages().stream().map(r -> new CaseView.StageView(r.stage.name(),
                        r.startedAt, r.dueAt, r.endedAt)).toList() : null,
                related.supporters(), audience == Audience.STAFF ? c.assigneeId : null, c.edited,
                audience == Audience.STAFF ? c.hidden : null, audience == Audience.STAFF ? c.hiddenReason : null,
                full ? c.isPrivate : null);
    }

    private static CaseView.PendingExtension pending(ExtensionRequest r) {
        return new CaseView.PendingExtension(r.hours, r.reason, r.requestedBy, r.requestedAt);
    }

    private static CaseView.PendingSuspension pending(SuspensionRequest r) {
        return new CaseView.PendingSuspension(r.reason, r.until, r.requestedBy, r.requestedAt);
    }
}
