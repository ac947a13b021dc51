package io.suishoupai.allinone;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.vertx.ext.web.Router;

/**
 * The web clients — the citizen's app at /app/ and the command centre's console at /console/ (their files come from
 * the web module's jar, META-INF/resources/…): each one's config.json written from this process's configuration,
 * /app and /console redirected to their folders, and cache headers — the hashed assets are immutable, index.html
 * and config.json are always revalidated so a new release or setting reaches every browser at once.
 */
@ApplicationScoped
public class WebAppRoutes {

    static final List<String> CLIENTS = List.of("app", "console");

    @Inject
    SuishoupaiConfig config;

    @Inject
    ObjectMapper mapper;

    private String configJson;

    void start(@Observes StartupEvent event) throws Exception {
        configJson = mapper.writeValueAsString(WebClientSettings.of(config));
    }

    void register(@Observes Router router) {
        for (String client : CLIENTS) {
            String root = "/" + client + "/";
            router.getWithRegex("^/" + client + "$").handler(ctx -> ctx.redirect(root));
            router.get(root + "config.json").handler(ctx -> ctx.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-cache")
                    .end(configJson));
            router.get(root + "assets/*").order(-1).handler(ctx -> {
                ctx.response().putHeader("Cache-Control", "public, max-age=31536000, immutable");
                ctx.next();
            });
            router.getWithRegex("^/" + client + "/(index\\.html)?$").order(-1).handler(ctx -> {
                ctx.response().putHeader("Cache-Control", "no-cache");
                ctx.next();
            });
        }
    }
}
