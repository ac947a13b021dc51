package io.suishoupai.intake.service;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.RowJson;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.intake.dto.RegisterCaseRequest;
import io.suishoupai.intake.dto.SubmitReportRequest;
import io.suishoupai.intake.dto.SubmitReportResponse;
import io.suishoupai.shared.caseflow.DailyLimit;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.AutoDispatch;
import io.suishoupai.shared.caseflow.CaseMedia;
import io.suishoupai.shared.caseflow.CaseMediaAttacher;
import io.suishoupai.shared.caseflow.CaseSource;
import io.suishoupai.shared.category.CaseUrgency;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.DuplicateFinder;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.abuse.AbuseLimits;
import io.suishoupai.shared.abuse.RateLimiter;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.routing.AreaLocator;
import io.suishoupai.shared.routing.Placement;
import io.suishoupai.shared.routing.ServiceArea;
import io.suishoupai.shared.component.Component;
import io.suishoupai.shared.component.ComponentRules;
import io.suishoupai.shared.idempotency.IdempotencyStore;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.runtime.TransactionLock;
import io.suishoupai.shared.abuse.ReporterBlocks;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.storage.MediaVerifier;
import io.suishoupai.shared.storage.VerifiedMedia;
import io.suishoupai.shared.time.AppClock;
import io.smallrye.mutiny.Uni;

/**
 * Turns a report into a SUBMITTED case. Cheap checks first (fields, coordinate system), then the media against
 * storage (blocking, on the worker thread), then one transaction: idempotency claim with the caller's advisory lock
 * (their reports queue, so the daily limit holds), one read of what the rules need (ReportPreconditions: the caller's
 * block and count today, the city's boundaries, the category, the units whose box holds the point), decided in order —
 * block, daily limit, service area (the city boundary, else the configured box), category, the named component (if
 * any), the case's place in the unit grid — then the case with its first event, its media rows (none used elsewhere),
 * and — when the category has auto-dispatch on and a route exists — filing and dispatch by rule.
 * Anything refused leaves nothing behind.
 */
@ApplicationScoped
public class IntakeService {

    static final String OPERATION = "submit-report";

    @Inject
    RowJson rows;

    @Inject
    CurrentSql sql;

    @Inject
    SuishoupaiConfig config;

    @Inject
    ServiceArea serviceArea;

    @Inject
    AreaLocator locator;

    @Inject
    MediaVerifier mediaVerifier;

    @Inject
    Reactive reactive;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    CaseJournal journal;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    AppClock clock;

    @Inject
    CaseMediaAttacher attacher;

    @Inject
    AutoDispatch autoDispatch;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ReportPreconditions preconditions;

    /**
     * Where a report comes in: the app (citizen or staff, photos required), or Open311 (its own photo minimum, an
     * external media_url, and a token issued with the case).
     */
    public record Channel(CaseSource source, int minPhotos, int descriptionMaxLength, String externalMediaUrl,
            Function<CityCase, Uni<String>> tokenIssuer, Contact contact) {

        public Channel(CaseSource source, int minPhotos, int descriptionMaxLength, String externalMediaUrl,
                Function<CityCase, Uni<String>> tokenIssuer) {
            this(source, minPhotos, descriptionMaxLength, externalMediaUrl, tokenIssuer, null);
        }
    }

    /** Who to call back about a registered case (already checked). */
    public record Contact(String name, String phone) {
    }

    /**
     * The app channel: a citizen's, staff member's or inspector's (patrol, source SUPERVISOR) report. Blocking (worker
     * thread): rate limit first.
     */
    public Uni<SubmitReportResponse> submit(Caller caller, SubmitReportRequest request) {
        rateLimiter.check(caller.id(), AbuseLimits.SUBMIT_REPORT);
        CaseSource source = caller.has(Role.INSPECTOR) ? CaseSource.SUPERVISOR
                : caller.has(Role.STAFF) ? CaseSource.STAFF : CaseSource.CITIZEN;
        return submit(caller, request, new Channel(source, config.intake().minPhotos(), config.intake().descriptionMaxLength(),
                null, c -> Uni.createFrom().nullItem()));
    }

    /**
     * A case a screener registers from the hotline, leadership, another department, the media or the cameras:
     * photos optional, a contact to call back instead of a reporter to notify. Blocking (worker thread).
     */
    public Uni<SubmitReportResponse> register(Caller caller, RegisterCaseRequest request) {
        rateLimiter.check(caller.id(), AbuseLimits.SUBMIT_REPORT);
        InputCheck check = InputCheck.of(request);
        CaseSource source = CaseSource.registered(request.source()).orElse(null);
        check.require(source != null, "source", "is required, one of " + CaseSource.REGISTERED);
        Contact contact = null;
        if (request.contact() != null) {
            String name = InputCheck.blankToNull(request.contact().name());
            String phone = InputCheck.blankToNull(request.contact().phone());
            check.optionalText(name, "contact.name", 50).optionalText(phone, "contact.phone", 30)
                    .require(phone == null || PHONE.matcher(phone).matches(), "contact.phone",
                            "digits, spaces, +, - and parentheses only");
            contact = name == null && phone == null ? null : new Contact(name, phone);
        }
        validate(check, request.asReport(), config.intake().descriptionMaxLength()).orThrow();
        return submit(caller, request.asReport(), new Channel(source, 0, config.intake().descriptionMaxLength(), null,
                c -> Uni.createFrom().nullItem(), contact), request);
    }

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+()\\- ]{3,30}");

    public Uni<SubmitReportResponse> submit(Caller caller, SubmitReportRequest request, Channel channel) {
        return submit(caller, request, channel, request);
    }

    /** {@code asSent}: the request as the caller sent it, which a retry with the same idempotency key must repeat. */
    private Uni<SubmitReportResponse> submit(Caller caller, SubmitReportRequest request, Channel channel, Object asSent) {
        validate(InputCheck.of(request), request, channel.descriptionMaxLength()).orThrow();
        // stored in WGS-84 whatever the phone's map gave (a WeChat point is GCJ-02, ~600 m off here)
        GeoPoint point = CoordSystem.parse(request.location().coordSystem()).orElseThrow()
                .toWgs84(new GeoPoint(request.location().lat(), request.location().lon()));
        List<VerifiedMedia> media = mediaVerifier.verify(caller, request.media() == null && channel.minPhotos() == 0
                ? List.of() : request.media(), channel.minPhotos(), config.intake().maxItems());
        Instant now = clock.now();
        // the claim's statement takes the caller's lock too: their reports queue, so the daily limit holds
        return reactive.poolTransaction(() -> idempotency.once(caller.id(), OPERATION, request.idempotencyKey(), asSent,
                SubmitReportResponse.class, now, TransactionLock.name("intake", caller.id()),
                () -> createCase(caller, request, point, media, channel, now)));
    }

    private static InputCheck validate(InputCheck check, SubmitReportRequest request, int descriptionMaxLength) {
        check.idempotencyKey(request.idempotencyKey())
                .text(request.categoryCode(), "categoryCode", 1, 16)
                .text(request.description(), "description", 1, descriptionMaxLength)
                .present(request.location(), "location");
        if (request.location() != null) {
            check.finite(request.location().lat(), "location.lat", -90, 90)
                    .finite(request.location().lon(), "location.lon", -180, 180)
                    .optionalText(request.location().address(), "location.address", 300);
            CoordSystem.check(check, request.location().coordSystem(), "location.coordSystem");
        }
        return check.optionalText(request.componentId(), "componentId", 32);
    }

    private Uni<SubmitReportResponse> createCase(Caller caller, SubmitReportRequest request, GeoPoint point,
            List<VerifiedMedia> media, Channel channel, Instant now) {
        List<String> keys = CaseMediaAttacher.keysOf(media);
        String categoryCode = request.categoryCode().strip();
        // after the caller's lock (taken with the claim): their standing, the category and the point's candidate
        // units in one statement, decided in the order the rules always ran
        return preconditions.read(caller.id(), now,
                        channel.source().isDailyLimited() ? dailyLimit().dayStart(now) : null,
                        categoryCode, point)
                .call(read -> {
                    ReporterStanding standing = read.standing();
                    ReporterBlocks.refuseIfBlocked(standing.blockReason());
                    if (standing.reportsToday() != null) {
                        dailyLimit().check(standing.reportsToday());
                    }
                    return serviceArea.requireInside(point, standing.boundaries());
                })
                .call(read -> requireFittingComponent(request.componentId(),
                        requireActiveCategory(read.category(), categoryCode), point))
                .chain(read -> caseNumbers.next(now).chain(number -> {
                    Category category = read.category();
                    Placement placement = locator.placeAmong(read.unitCandidates(), point);
                    CityCase c = new CityCase();
                    c.caseNumber = number;
                    c.categoryCode = category.code;
                    c.urgency = CaseUrgency.startingFrom(category.urgency);
                    c.description = request.description().strip();
                    c.address = request.location().address() == null ? null : request.location().address().strip();
                    c.lat = point.lat();
                    c.lon = point.lon();
                    c.reporterId = caller.id();
                    c.source = channel.source();
                    c.externalMediaUrl = channel.externalMediaUrl();
                    c.place(placement, now);
                    c.componentId = InputCheck.blankToNull(request.componentId());
                    c.isPrivate = Boolean.TRUE.equals(request.isPrivate());
                    if (channel.contact() != null) {
                        c.contactName = channel.contact().name();
                        c.contactPhone = channel.contact().phone();
                    }
                    var actor = new CaseJournal.Actor(caller.id(), c.source.creator());
                    return journal.create(c, actor, null, keys, now)
                            .call(created -> attacher.attach(created, media, CaseMedia.Stage.REPORT, now))
                            .chain(created -> autoDispatch.ifSwitchedOn(created, category, now));
                }))
                .chain(c -> channel.tokenIssuer().apply(c).chain(token -> duplicates.near(c.categoryCode, point, c.id, now)
                        .map(found -> new SubmitReportResponse(c.caseNumber, c.state.name(), found, token))));
    }

    /** A named component must exist, fit the category and lie near the report (422 with a stable code). */
    private Uni<Void> requireFittingComponent(String componentId, Category category, GeoPoint point) {
        String id = InputCheck.blankToNull(componentId);
        if (id == null) {
            return Uni.createFrom().voidItem();
        }
        return sql.first("SELECT row_to_json(k)::text FROM component k WHERE k.id = ?1", id)
                .map(row -> row == null ? null : rows.read((String) row[0], Component.class))
                .invoke(component -> ComponentRules
                .check(component, id, category.code, point, config.intake().componentMaxDistanceMeters())
                .ifPresent(refusal -> {
                    throw Problems.unprocessable(refusal.code(), refusal.message());
                })).replaceWithVoid();
    }


    private DailyLimit dailyLimit() {
        return new DailyLimit(config.intake().dailyLimit(), config.zone());
    }

    /** 422 UNKNOWN_CATEGORY unless the category exists and is active; the category when it is. */
    private static Category requireActiveCategory(Category category, String code) {
        if (category == null || !category.active) {
            throw Problems.unprocessable(ErrorCode.UNKNOWN_CATEGORY,
                    "There is no active category " + code + "; see list-categories.");
        }
        return category;
    }
}
