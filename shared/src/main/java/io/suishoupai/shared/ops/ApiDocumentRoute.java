package io.suishoupai.shared.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /q/openapi}: the function's OpenAPI document, as its build wrote it (the api-document module writes it
 * into the classes from the code). Served from the stored file, so a start builds nothing for it: JSON when asked
 * with {@code ?format=json} or {@code Accept: application/json}, else YAML — as SmallRye OpenAPI answered. Each form
 * is read once, on its first request. Public, like the API it describes.
 */
@ApplicationScoped
public class ApiDocumentRoute {

    /** Where the build puts the document, relative to the classes. */
    public static final String FOLDER = "META-INF/suishoupai-api";
    static final String PATH = "/q/openapi";

    private final Map<String, Buffer> read = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        router.get(PATH).blockingHandler(this::serve, false);
    }

    void serve(RoutingContext ctx) {
        boolean json = wantsJson(ctx.request().getParam("format"), ctx.request().getHeader("Accept"));
        String file = json ? "openapi.json" : "openapi.yaml";
        Buffer body = read.computeIfAbsent(file, ApiDocumentRoute::load);
        if (body == null) {
            ctx.next(); // a build without the api-document step: no document, so 404
            return;
        }
        ctx.response().putHeader("Content-Type", json ? "application/json;charset=UTF-8"
                : "application/yaml;charset=UTF-8").end(body);
    }

    static boolean wantsJson(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return format.trim().toLowerCase(Locale.ROOT).equals("json");
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    private static Buffer load(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(FOLDER + "/" + file)) {
            return in == null ? null : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
