package io.suishoupai.intake.open311;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.contract.PlainRoute;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.intake.dto.SubmitReportRequest;
import io.suishoupai.intake.service.IntakeService;
import io.suishoupai.shared.caseflow.CaseSource;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.abuse.AbuseLimits;
import io.suishoupai.shared.abuse.RateLimiter;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.FailureClassifier;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.intake.service.ApiKey;
import io.suishoupai.intake.service.ApiKeys;
import io.suishoupai.shared.open311.Open311Response;
import io.suishoupai.shared.open311.Open311Response.Format;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.time.AppClock;
import io.smallrye.mutiny.Uni;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * POST /open311/v2/requests.{json|xml}, form-encoded, with an api_key: the same intake as submit-report (category,
 * description, service area, daily limit, duplicates, auto-dispatch), except the photo minimum (Open311's, default
 * 0) and media: the one media_url is kept as the client's link. The answer carries the case number and a token.
 */
@PlainRoute(method = "POST", path = "/open311/v2/requests.json",
        summary = "Open311 GeoReport v2: submit a service request (form fields, with an api_key from create-api-key)")
@ApplicationScoped
public class Open311SubmitRoute {

    @Inject
    IntakeService intake;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Reactive reactive;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    FailureClassifier classifier;

    @Inject
    RateLimiter rateLimiter;

    static final String PATH = "/open311/v2/requests\\.(json|xml)";
    static final int FORM_LIMIT = 64 * 1024;
    private static final String RAW_FORM = "open311.rawForm";
    private static final String TOO_LARGE = "The form is larger than " + FORM_LIMIT / 1024 + " KB";

    void register(@Observes Router router) {
        router.postWithRegex(PATH).order(Integer.MIN_VALUE).handler(this::keepUrlEncodedFormRaw);
        // its own failure handler, ahead of the app's problem-details one: Open311 clients get the spec's format
        router.postWithRegex(PATH).order(-1)
                .handler(BodyHandler.create().setBodyLimit(FORM_LIMIT).setHandleFileUploads(false))
                .handler(this::submit)
                .failureHandler(this::failed);
    }

    /**
     * Before any body handler runs, an urlencoded form is relabelled so that Vert.x reads it as bytes and this route
     * decodes it: behind AWS Lambda, Quarkus's virtual HTTP server does not apply
     * {@code quarkus.http.limits.max-form-attribute-size}, and Vert.x's own 8 KB limit per field answered a
     * FixMyStreet description of a few thousand Chinese characters with a 500 (Open311SubmitRouteTest, run through
     * the Lambda mock event server by .ci/run, found it). The form stays bounded at 64 KB either way.
     */
    void keepUrlEncodedFormRaw(RoutingContext ctx) {
        if (type(ctx).startsWith("application/x-www-form-urlencoded")) {
            ctx.put(RAW_FORM, Boolean.TRUE);
            ctx.request().headers().set("Content-Type", "application/octet-stream");
        }
        ctx.next();
    }

    void submit(RoutingContext ctx) {
        Format format = Format.of(ctx.normalizedPath());
        MultiMap body = MultiMap.caseInsensitiveMultiMap();
        if (Boolean.TRUE.equals(ctx.get(RAW_FORM))) {
            if (ctx.body().length() > FORM_LIMIT) {
                Open311Response.error(ctx, mapper, format, 400, TOO_LARGE);
                return;
            }
            String raw = ctx.body().asString("UTF-8");
            try {
                new QueryStringDecoder(raw == null ? "" : raw, StandardCharsets.UTF_8, false).parameters()
                        .forEach(body::add);
            } catch (IllegalArgumentException e) {
                Open311Response.error(ctx, mapper, format, 400, "The form is not valid application/x-www-form-urlencoded");
                return;
            }
        } else if (type(ctx).startsWith("multipart/form-data")) {
            body.addAll(ctx.request().formAttributes());
        } else {
            Open311Response.error(ctx, mapper, format, 400, "Send the request as a form (application/x-www-form-urlencoded "
                    + "or multipart/form-data)");
            return;
        }
        // clients following the reference docs put some arguments in the query string: both count, the body wins
        MultiMap form = MultiMap.caseInsensitiveMultiMap().addAll(ctx.queryParams());
        for (String name : body.names()) {
            form.set(name, body.getAll(name));
        }
        Uni.createFrom().deferred(() -> submit(form))
                .subscribe().with(
                        answer -> Open311Response.write(ctx, mapper, format, 200, "service_requests", "request", answer),
                        failure -> Open311Response.failure(ctx, mapper, classifier, format, failure));
    }

    /** A body too large (413 from a body handler) or any other failure, in the spec's format and statuses. */
    void failed(RoutingContext ctx) {
        Format format = Format.of(ctx.normalizedPath());
        if (ctx.failure() != null) {
            Open311Response.failure(ctx, mapper, classifier, format, ctx.failure());
        } else if (ctx.statusCode() == 413) {
            Open311Response.error(ctx, mapper, format, 400, TOO_LARGE);
        } else {
            Open311Response.error(ctx, mapper, format, ctx.statusCode() < 500 ? 400 : 500,
                    ctx.statusCode() < 500 ? "Bad request" : "Internal error");
        }
    }

    private static String type(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        return contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    }

    private Uni<List<Map<String, Object>>> submit(MultiMap form) {
        String mediaUrl = mediaUrl(form.get("media_url"));
        SubmitReportRequest request = new SubmitReportRequest(
                blank(form.get("idempotency_key")) ? UUID.randomUUID().toString() : form.get("idempotency_key"),
                form.get("service_code"), form.get("description"),
                new SubmitReportRequest.Location(number(form.get("lat"), "lat"), number(form.get("long"), "long"),
                        form.get("address_string"), null), // Open311 points are WGS-84, as its spec says
                List.of(), null, null);
        return reactive.poolSession(() -> apiKeys.active(form.get("api_key"))).chain(key -> {
            if (key == null) {
                throw Problems.forbidden(ErrorCode.INVALID_API_KEY, "api_key is missing, unknown or revoked");
            }
            Caller caller = new Caller(Open311Reporter.callerId(key.id, form), java.util.Set.of(), null);
            Instant now = clock.now();
            var channel = new IntakeService.Channel(CaseSource.OPEN311, config.open311().minPhotos(),
                    config.open311().descriptionMaxLength(), mediaUrl,
                    created -> issueToken(created, key, now));
            // one rate limit per client (api key), counted in its own transaction like the app's
            return reactive.poolTransaction(() -> rateLimiter.hit(Open311Reporter.clientKey(key.id),
                    AbuseLimits.SUBMIT_REPORT, now))
                    .chain(() -> intake.submit(caller, request, channel));
        }).map(response -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("service_request_id", response.caseNumber());
            answer.put("token", response.token());
            answer.put("service_notice", "已受理，请凭编号查询进度 (received; follow it by its number)");
            answer.put("account_id", null);
            return List.of(answer);
        });
    }

    /** In the intake's transaction: the token exists if and only if its case does. */
    private static Uni<String> issueToken(CityCase created, ApiKey key, Instant now) {
        String token = UUID.randomUUID().toString();
        return CurrentSql.here().update("INSERT INTO open311_token (token, case_number, api_key_id, created_at) "
                + "VALUES (?1, ?2, ?3, ?4)", token, created.caseNumber, key.id, now).replaceWith(token);
    }


    private static String mediaUrl(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            URI uri = URI.create(value.strip());
            if (value.length() <= 1000 && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw Problems.invalid("media_url", "must be an http(s) URL of at most 1000 characters");
    }

    private static Double number(String value, String field) {
        if (blank(value)) {
            throw Problems.invalid(field, "is required (WGS84 decimal degrees)");
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalid(field, "must be a number");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
