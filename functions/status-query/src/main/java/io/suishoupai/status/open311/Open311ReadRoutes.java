package io.suishoupai.status.open311;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.contract.PlainRoute;
import io.suishoupai.shared.error.FailureClassifier;
import io.suishoupai.shared.open311.Open311Response;
import io.suishoupai.shared.open311.Open311Response.Format;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GET /open311/v2/{discovery, services, services/{code}, requests, requests/{id}, tokens/{token}}.{json|xml}.
 * Open311 paths carry a format suffix and path parameters, so they are plain routes, not Funqy functions.
 */
@PlainRoute(method = "GET", path = "/open311/v2/discovery.json", summary = "Open311 GeoReport v2: the discovery document")
@PlainRoute(method = "GET", path = "/open311/v2/services.json", summary = "Open311 GeoReport v2: the service list")
@PlainRoute(method = "GET", path = "/open311/v2/requests.json", summary = "Open311 GeoReport v2: search service requests")
@PlainRoute(method = "GET", path = "/open311/v2/servicerequestupdates.json",
        summary = "mySociety's Open311 updates extension: service request updates in a period")
@ApplicationScoped
public class Open311ReadRoutes {

    static final String BASE = "/open311/v2/";

    @Inject
    Open311ReadService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    FailureClassifier classifier;

    @Inject
    SuishoupaiConfig config;

    void register(@Observes Router router) {
        router.getWithRegex("/open311/v2/.+").handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Format format = Format.of(path);
        if (format == null) {
            Open311Response.error(ctx, mapper, Format.JSON, 404, "Open311 paths end in .json or .xml");
            return;
        }
        String resource = path.substring(BASE.length(), path.lastIndexOf('.'));
        String[] parts = resource.split("/", -1);
        Uni<?> answer;
        String root;
        String item;
        if (resource.equals("discovery")) {
            answer = Uni.createFrom().item(discovery(ctx));
            root = "discovery";
            item = "endpoint";
        } else if (resource.equals("services")) {
            answer = service.services();
            root = "services";
            item = "service";
        } else if (parts.length == 2 && parts[0].equals("services") && !parts[1].isEmpty()) {
            answer = service.serviceDefinition(parts[1]);
            root = "service_definition";
            item = "attribute";
        } else if (resource.equals("requests")) {
            Map<String, String> params = params(ctx);
            answer = Uni.createFrom().deferred(() -> service.requests(params));
            root = "service_requests";
            item = "request";
        } else if (resource.equals("servicerequestupdates")) {
            Map<String, String> params = params(ctx);
            answer = Uni.createFrom().deferred(() -> service.updates(params));
            root = "service_requests_updates";
            item = "request_update";
        } else if (parts.length == 2 && parts[0].equals("requests") && !parts[1].isEmpty()) {
            answer = service.request(parts[1]);
            root = "service_requests";
            item = "request";
        } else if (parts.length == 2 && parts[0].equals("tokens") && !parts[1].isEmpty()) {
            answer = service.token(parts[1]);
            root = "service_requests";
            item = "request";
        } else {
            Open311Response.error(ctx, mapper, format, 404, "No Open311 resource at " + path);
            return;
        }
        answer.subscribe().with(
                value -> Open311Response.write(ctx, mapper, format, 200, root, item, value),
                failure -> Open311Response.failure(ctx, mapper, classifier, format, failure));
    }

    private static Map<String, String> params(RoutingContext ctx) {
        Map<String, String> params = new HashMap<>();
        ctx.queryParams().forEach(e -> params.put(e.getKey(), e.getValue()));
        return params;
    }

    private Map<String, Object> discovery(RoutingContext ctx) {
        // a configured address, never the Host header: discovery must not reflect what a caller sent
        String base = config.open311().baseUrl().replaceAll("/+$", "");
        Map<String, Object> endpoint = new java.util.LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-11-29T00:00:00Z");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        Map<String, Object> discovery = new java.util.LinkedHashMap<>();
        discovery.put("changeset", "2026-11-29T00:00:00Z");
        discovery.put("contact", config.open311().contact());
        discovery.put("key_service", config.open311().keyService());
        discovery.put("endpoints", List.of(endpoint));
        return discovery;
    }
}
