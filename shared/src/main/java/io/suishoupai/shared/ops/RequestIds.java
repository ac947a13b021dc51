package io.suishoupai.shared.ops;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.suishoupai.shared.runtime.LogContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id: the caller's (or the gateway's) {@code X-Request-Id} when it is a sane token, else a
 * new one. It is echoed in the response and put in the logging context, so every JSON log line written while the
 * request is served carries {@code requestId} (and {@code caseNumber} once a case is known, see {@link LogContext}).
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tag);
    }

    void tag(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        MDC.put(LogContext.REQUEST_ID, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }
}
