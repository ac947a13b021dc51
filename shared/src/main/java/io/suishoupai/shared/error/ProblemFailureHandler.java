package io.suishoupai.shared.error;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Funqy gives every failure status 500 (and every unreadable body a bare 400). This router failure handler
 * runs before Quarkus' own and answers every failure as RFC 9457 problem details with a stable code: no stack
 * trace ever reaches a body, and nothing a client can send becomes a 500.
 */
@ApplicationScoped
public class ProblemFailureHandler {

    private static final Logger LOG = Logger.getLogger(ProblemFailureHandler.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    FailureClassifier classifier;

    @Inject
    MalformedBodyExplainer malformedBodyExplainer;

    void register(@Observes Router router) {
        router.route().failureHandler(this::handle);
        // a path no function serves: a problem-details 404 instead of the router's HTML page
        router.route().order(Integer.MAX_VALUE).handler(ctx -> ctx.fail(404));
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ProblemException problem = toProblem(ctx);
        ProblemDetails body = ProblemDetails.of(problem, ctx.request().path());
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            json = "{\"status\":" + problem.status() + ",\"code\":\"" + problem.code() + "\"}";
        }
        var response = ctx.response().setStatusCode(problem.status())
                .putHeader("Content-Type", ProblemDetails.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store");
        if (problem instanceof RetryLaterProblem later) {
            response.putHeader("Retry-After", Long.toString(later.retryAfterSeconds()));
        } else if (problem.status() == 503) {
            response.putHeader("Retry-After", "5");
        }
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(json);
    }

    private ProblemException toProblem(RoutingContext ctx) {
        Throwable failure = unwrap(ctx.failure());
        if (failure == null) {
            return fromStatus(ctx);
        }
        ProblemException known = classifier.classify(failure);
        if (known != null) {
            // a caller's problem, not ours: at DEBUG, where an operator chasing a caller's refusals can switch it on
            LOG.debugf(failure, "Refused %s %s: %s", ctx.request().method(), ctx.request().path(), known.code());
            return known;
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure on %s %s (incident %s)", ctx.request().method(), ctx.request().path(),
                incident);
        return new ProblemException(500, ErrorCode.INTERNAL_ERROR, "Internal error",
                "Something went wrong on our side; quote incident " + incident + " when you report it.");
    }

    private ProblemException fromStatus(RoutingContext ctx) {
        int status = ctx.statusCode();
        return switch (status) {
            case 400 -> malformedBodyExplainer.explain(ctx);
            case 401 -> Problems.unauthenticated("A valid bearer token is required.");
            case 403 -> Problems.forbidden(ErrorCode.FORBIDDEN, "Your role may not do this.");
            case 404 -> Problems.notFound(ErrorCode.NOT_FOUND, "There is no function at " + ctx.request().path() + ".");
            case 405 -> new ProblemException(405, ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed",
                    "Functions answer POST with a JSON body, or GET with query parameters.");
            case 413 -> Problems.tooLarge(ErrorCode.PAYLOAD_TOO_LARGE,
                    "The request body is too large; media go straight to storage, not through the API.", List.of());
            case 415 -> new ProblemException(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send application/json.");
            default -> status >= 400 && status < 500
                    ? new ProblemException(status, ErrorCode.CLIENT_ERROR, "Request refused", "The request was refused.")
                    : new ProblemException(500, ErrorCode.INTERNAL_ERROR, "Internal error", "Something went wrong on our side.");
        };
    }

    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
