package io.suishoupai.allinone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.vertx.ext.web.Router;

/**
 * The citizen's app at /app/ (its files come from the web module's jar, META-INF/resources/app): its config.json
 * written from this process's configuration, /app redirected to /app/, and cache headers — the hashed assets are
 * immutable, index.html and config.json are always revalidated so a new release or setting reaches phones at once.
 */
@ApplicationScoped
public class WebAppRoutes {

    static final String APP = "/app/";

    @Inject
    SuishoupaiConfig config;

    @Inject
    ObjectMapper mapper;

    private String configJson;

    void start(@Observes StartupEvent event) throws Exception {
        configJson = mapper.writeValueAsString(WebClientSettings.of(config));
    }

    void register(@Observes Router router) {
        router.getWithRegex("^/app$").handler(ctx -> ctx.redirect(APP));
        router.get(APP + "config.json").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-cache")
                .end(configJson));
        router.get(APP + "assets/*").order(-1).handler(ctx -> {
            ctx.response().putHeader("Cache-Control", "public, max-age=31536000, immutable");
            ctx.next();
        });
        router.getWithRegex("^/app/(index\\.html)?$").order(-1).handler(ctx -> {
            ctx.response().putHeader("Cache-Control", "no-cache");
            ctx.next();
        });
    }
}
