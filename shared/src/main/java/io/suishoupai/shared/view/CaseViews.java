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
import io.suishoupai.shared.caseflow.CaseSupport;
import io.suishoupai.shared.caseflow.StageRun;
import io.suishoupai.shared.caseflow.SuspensionRequest;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.escalation.CaseReminders;
import io.suishoupai.shared.component.Component;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.routing.Area;
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

    /** Must run inside a session. The location in WGS-84. */
    public Uni<CaseView> of(CityCase c, Audience audience) {
        return of(c, audience, CoordSystem.WGS84);
    }

    /** Must run inside a session. The location in the system the caller asked for. */
    public Uni<CaseView> of(CityCase c, Audience audience, CoordSystem system) {
        return of(c, audience, system, false);
    }

    /**
     * Must run inside a session. {@code originals}: the photos as taken, not the redacted copies — for the command
     * centre (who redacts them) only. A case hidden from the public, or private, has no public view: 404, as if it
     * did not exist.
     */
    public Uni<CaseView> of(CityCase c, Audience audience, CoordSystem system, boolean originals) {
        if (audience == Audience.PUBLIC && !c.publiclyVisible()) {
            return Uni.createFrom().failure(Problems.notFound(ErrorCode.CASE_NOT_FOUND, "There is no case "
                    + c.caseNumber + "."));
        }
        Uni<Category> category = Category.findById(c.categoryCode);
        Uni<Department> department = c.departmentCode == null ? Uni.createFrom().nullItem()
                : Department.findById(c.departmentCode);
        Uni<List<CaseEvent>> events = CaseEvent.timelineOf(c.id);
        Uni<List<CaseMedia>> media = CaseMedia.list("caseId = ?1 order by attachedAt, objectKey", c.id);
        Uni<CityCase> master = c.duplicateOf == null ? Uni.createFrom().nullItem() : CityCase.findByNumber(c.duplicateOf);
        Uni<CaseReminders.Counts> reminders = audience != Audience.STAFF ? Uni.createFrom().item(CaseReminders.Counts.NONE)
                : CaseReminders.countsOf(c.id);
        Uni<Map<String, String>> areaNames = Area.namesOf(List.of(nullable(c.districtCode), nullable(c.streetCode),
                nullable(c.communityCode), nullable(c.gridCode)).stream().flatMap(List::stream).toList());
        Uni<Component> component = c.componentId == null ? Uni.createFrom().nullItem() : Component.findById(c.componentId);
        Uni<Long> extensions = audience != Audience.STAFF ? Uni.createFrom().item(0L)
                : ExtensionRequest.count("caseId = ?1 and state = ?2", c.id, ExtensionRequest.State.APPROVED);
        Uni<SuspensionRequest> suspension = audience != Audience.STAFF ? Uni.createFrom().nullItem()
                : SuspensionRequest.find("caseId = ?1 and state = ?2", c.id, SuspensionRequest.State.PENDING)
                        .firstResult();
        Uni<ExtensionRequest> extension = audience != Audience.STAFF ? Uni.createFrom().nullItem()
                : ExtensionRequest.find("caseId = ?1 and state = ?2", c.id, ExtensionRequest.State.PENDING).firstResult();
        Uni<List<StageRun>> stages = audience != Audience.STAFF ? Uni.createFrom().item(List.of()) : StageRun.of(c.id);
        Uni<Long> supporters = CaseSupport.count(c);
        // one session runs one query at a time: chain, don't combine
        return category.chain(cat -> department.chain(dept -> events.chain(evs -> media.chain(ms -> master.chain(
                m -> reminders.chain(rem -> areaNames.chain(names -> component.chain(comp -> extensions.chain(
                        ext -> suspension.chain(pending -> extension.chain(asked -> stages.chain(runs -> supporters.map(
                                backers -> build(c, audience, system, cat, dept, evs, ms, m, rem,
                                        new Whereabouts(names, comp), new Approvals(ext, pending, asked, runs), backers,
                                        originals))))))))))))));
    }

    /** Staff only: approved extensions, and the extension and suspension requests waiting for a decision. */
    private record Approvals(long extensions, SuspensionRequest pendingSuspension, ExtensionRequest pendingExtension,
            List<StageRun> stages) {
    }

    /** The names of the case's units and its component, for one view. */
    private record Whereabouts(Map<String, String> areaNames, Component component) {
    }

    private static List<String> nullable(String code) {
        return code == null ? List.of() : List.of(code);
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

    private CaseView build(CityCase c, Audience audience, CoordSystem system, Category category, Department department,
            List<CaseEvent> events, List<CaseMedia> media, CityCase master, CaseReminders.Counts reminders,
            Whereabouts where, Approvals approvals, long supporters, boolean originals) {
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
                category == null ? null : new CaseView.CodeName(category.code, category.name),
                c.description, c.address, CaseView.Location.of(shown, system),
                CodeName.of(c.districtCode, where.areaNames()), CodeName.of(c.streetCode, where.areaNames()),
                CodeName.of(c.communityCode, where.areaNames()),
                full ? CodeName.of(c.gridCode, where.areaNames()) : null,
                c.componentId == null ? null : new CaseView.ComponentRef(c.componentId,
                        where.component() == null ? null : where.component().name),
                department == null ? null : new CaseView.CodeName(department.code, department.name),
                c.deadline, c.duplicateOf, master == null ? null : master.state.name(), c.createdAt, c.updatedAt, timeline, visibleMedia,
                audience.name(), full ? c.reporterId : null, c.source.name(),
                full ? c.version : null, full ? c.reworkCount : null,
                audience == Audience.STAFF ? (int) reminders.reminders() : null,
                audience == Audience.STAFF ? (int) reminders.escalations() : null,
                audience == Audience.STAFF && (c.contactName != null || c.contactPhone != null)
                        ? new CaseView.Contact(c.contactName, c.contactPhone) : null,
                c.urgency.name(),
                audience == Audience.STAFF ? (int) approvals.extensions() : null,
                c.outcome == null ? null : c.outcome.name(), c.resumeAt,
                approvals.pendingSuspension() == null ? null : pending(approvals.pendingSuspension()),
                approvals.pendingExtension() == null ? null : pending(approvals.pendingExtension()),
                audience == Audience.STAFF ? approvals.stages().stream().map(r -> new CaseView.StageView(r.stage.name(),
                        r.startedAt, r.dueAt, r.endedAt)).toList() : null,
                supporters, audience == Audience.STAFF ? c.assigneeId : null, c.edited,
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
