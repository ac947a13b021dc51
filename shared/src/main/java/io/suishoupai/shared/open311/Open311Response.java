package io.suishoupai.shared.open311;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.FailureClassifier;
import io.suishoupai.shared.error.ProblemException;
import io.suishoupai.shared.error.RetryLaterProblem;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes Open311 GeoReport v2 answers in the format the path asks for ({@code .json} or {@code .xml}), and the
 * spec's error list ({@code [{"code":…,"description":…}]}, {@code <errors><error>…}) instead of problem details.
 */
public final class Open311Response {

    public enum Format {
        JSON("application/json; charset=utf-8"), XML("text/xml; charset=utf-8");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        /** From the path's suffix; null when it has neither. */
        public static Format of(String path) {
            if (path.endsWith(".json")) {
                return JSON;
            }
            if (path.endsWith(".xml")) {
                return XML;
            }
            return null;
        }
    }

    private Open311Response() {
    }

    /** Values are maps (elements), lists of maps (repeated elements named {@code itemElement}), or scalars. */
    public static void write(RoutingContext ctx, ObjectMapper mapper, Format format, int status, String rootElement,
            String itemElement, Object value) {
        String body;
        if (format == Format.XML) {
            body = xml(rootElement, itemElement, value);
        } else {
            try {
                body = mapper.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", format.contentType).end(body);
    }

    public static void error(RoutingContext ctx, ObjectMapper mapper, Format format, int status, String description) {
        write(ctx, mapper, format == null ? Format.JSON : format, status, "errors", "error",
                List.of(Map.of("code", status, "description", description)));
    }

    /**
     * A failure as the spec's error list: client problems keep their status, in the codes the spec documents (400,
     * 403, 404, 429, 503); our field names become the standard's; anything unexpected is 500 without detail. A 429
     * or 503 says when to come back (Retry-After), as the rest of the API does.
     */
    public static void failure(RoutingContext ctx, ObjectMapper mapper, FailureClassifier classifier, Format format,
            Throwable failure) {
        ProblemException p = classifier.classify(failure);
        if (p == null) {
            org.jboss.logging.Logger.getLogger(Open311Response.class).error("Open311 request failed", failure);
            error(ctx, mapper, format, 500, "Internal error");
            return;
        }
        if (p instanceof RetryLaterProblem later) {
            ctx.response().putHeader("Retry-After", Long.toString(later.retryAfterSeconds()));
        } else if (p.status() == 503) {
            ctx.response().putHeader("Retry-After", "5");
        }
        String detail = standardNames(p.getMessage()
                + (p.errors().isEmpty() ? "" : " " + p.errors().stream().map(e -> e.field() + " " + e.message()).toList()));
        error(ctx, mapper, format, standardStatus(p), detail);
    }

    /** The spec documents 400 for a bad request and 404 for an unknown service_code or service_request_id. */
    static int standardStatus(ProblemException p) {
        if (p.errorCode() == ErrorCode.UNKNOWN_CATEGORY) {
            return 404;
        }
        return p.status() == 422 || p.status() == 409 || p.status() == 413 ? 400 : p.status();
    }

    private static final String[][] STANDARD_NAMES = {
            {"location.address", "address_string"}, {"location.lat", "lat"}, {"location.lon", "long"},
            {"location", "lat/long"}, {"categoryCode", "service_code"}, {"category ", "service_code "},
            {"idempotencyKey", "idempotency_key"}, {"list-categories", "services.json"}};

    /** Error texts name what an Open311 client sent, not our internal fields. */
    static String standardNames(String text) {
        String named = text;
        for (String[] pair : STANDARD_NAMES) {
            named = named.replace(pair[0], pair[1]);
        }
        return named;
    }

    /** Open311 date-times: ISO 8601 with offset, whole seconds. */
    public static String dateTime(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    @SuppressWarnings("unchecked")
    static String xml(String rootElement, String itemElement, Object value) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        element(xml, rootElement, itemElement, value);
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, String itemName, Object value) {
        xml.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = e.getKey().toString();
                if (e.getValue() instanceof List<?> list) {
                    element(xml, key, singular(key), list);
                } else {
                    element(xml, key, singular(key), e.getValue());
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                element(xml, itemName, singular(itemName), item);
            }
        } else if (value != null) {
            escape(xml, value.toString());
        }
        xml.append("</").append(name).append('>');
    }

    private static String singular(String plural) {
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /**
     * Escapes markup and drops every character XML 1.0 does not allow (controls, U+FFFE, U+FFFF, unpaired
     * surrogates): one stored description must never make a feed unparseable for every client that reads it.
     */
    static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    if (allowedInXml(c)) {
                        xml.appendCodePoint(c);
                    }
                }
            }
        }
    }

    static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
