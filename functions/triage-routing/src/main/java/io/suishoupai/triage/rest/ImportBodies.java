package io.suishoupai.triage.rest;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.security.Role;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Lets an admin's import carry a city's whole file (thousands of grids: megabytes) while every other call keeps the
 * 64 KB body limit. Before any body is read, the bearer token of a POST to an import function is verified; only for
 * an admin is the body read here, up to {@code suishoupai.imports.max-body-size} (larger: 413). Anyone else goes on
 * to the ordinary limit, then to the function's own 401/403. The function still checks the caller in full
 * ({@code @Allowed}); this only decides how much may be buffered.
 */
@ApplicationScoped
public class ImportBodies {

    static final Set<String> PATHS = Set.of("/import-areas", "/import-components");

    @Inject
    JWTParser jwt;

    @Inject
    SuishoupaiConfig config;

    long limit;

    void register(@Observes Router router) {
        limit = config.imports().maxBodySize().asLongValue();
        for (String path : PATHS) {
            // ahead of Quarkus's body handlers: once this one has read the body, Vert.x's leaves it alone
            router.post(path).order(Integer.MIN_VALUE).handler(this::readIfAdmin);
        }
    }

    void readIfAdmin(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.next();
            return;
        }
        String token = authorization.substring(7).strip();
        // verifying may fetch the provider's keys: off the event loop; the request stays paused meanwhile
        ctx.request().pause();
        ctx.vertx().executeBlocking(() -> isAdmin(token), false).onComplete(admin -> {
            if (admin.succeeded() && admin.result()) {
                readUpToTheImportLimit(ctx);
            } else {
                ctx.next();
            }
            ctx.request().resume();
        });
    }

    /**
     * Reads the body against the import limit and hands it on as the body handler would. Quarkus refuses a body whose
     * declared length passes the ordinary limit (a handler ahead of its body handler), so once the body is read its
     * declaration is taken off; Vert.x's body handler, seeing the body read, leaves it alone.
     */
    private void readUpToTheImportLimit(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredOver(declared)) {
            ctx.fail(413);
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        ctx.request().handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                refused[0] = true;
                ctx.fail(413);
                return;
            }
            body.appendBuffer(chunk);
        });
        ctx.request().exceptionHandler(e -> {
            if (!refused[0]) {
                refused[0] = true;
                ctx.fail(400, e);
            }
        });
        ctx.request().endHandler(end -> {
            if (refused[0]) {
                return;
            }
            RoutingContextInternal read = (RoutingContextInternal) ctx;
            read.visitHandler(RoutingContextInternal.BODY_HANDLER);
            read.setBody(body);
            ctx.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
            ctx.next();
        });
    }

    private boolean declaredOver(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private boolean isAdmin(String token) {
        try {
            return jwt.parse(token).getGroups().contains(Role.ADMIN.claim());
        } catch (Exception e) {
            return false; // not a valid token: the ordinary path answers 401
        }
    }
}
