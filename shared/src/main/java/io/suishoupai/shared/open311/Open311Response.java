package io.suishoupai.shared.open311;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.suishoupai.shared.error.FailureClassifier;
import io.suishoupai.shared.error.ProblemException;
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
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            element(xml, rootElement, itemElement, value);
            body = xml.toString();
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

    /** A failure as the spec's error list: client problems keep their status, anything else is 500 without detail. */
    public static void failure(RoutingContext ctx, ObjectMapper mapper, FailureClassifier classifier, Format format,
            Throwable failure) {
        ProblemException p = classifier.classify(failure);
        if (p == null) {
            org.jboss.logging.Logger.getLogger(Open311Response.class).error("Open311 request failed", failure);
            error(ctx, mapper, format, 500, "Internal error");
            return;
        }
        error(ctx, mapper, format, p.status(), p.getMessage()
                + (p.errors().isEmpty() ? "" : " " + p.errors().stream().map(e -> e.field() + " " + e.message()).toList()));
    }

    /** Open311 date-times: ISO 8601 with offset, whole seconds. */
    public static String dateTime(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    @SuppressWarnings("unchecked")
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

    private static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        xml.append(c);
                    }
                }
            }
        }
    }
}
