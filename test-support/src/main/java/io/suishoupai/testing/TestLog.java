package io.suishoupai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON log lines the app under test writes (profile {@code test}: {@code target/quarkus-test-log.json}). When a
 * test sees an unexpected 500, CI shows only the assertion message: {@link #problemsOf} puts the logged failure
 * (exception type and message, with its causes) into that message.
 */
public final class TestLog {

    public static final Path FILE = Path.of("target/quarkus-test-log.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestLog() {
    }

    /** Every log line, parsed. */
    public static List<JsonNode> entries() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().map(TestLog::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WARN and ERROR lines logged for one request (by its X-Request-Id), with their exceptions. */
    public static String problemsOf(String requestId) {
        StringBuilder out = new StringBuilder();
        for (JsonNode entry : entries()) {
            String level = entry.path("level").asText();
            if (requestId != null && requestId.equals(entry.path("mdc").path("requestId").asText())
                    && (level.equals("ERROR") || level.equals("WARN"))) {
                out.append("\n  ").append(level).append(' ').append(entry.path("message").asText());
                for (JsonNode ex = entry.path("exception"); !ex.isMissingNode() && !ex.isNull(); ex = ex.path("causedBy")
                        .path("exception")) {
                    out.append("\n    ").append(ex.path("exceptionType").asText()).append(": ")
                            .append(ex.path("message").asText());
                }
            }
        }
        return out.length() == 0 ? " (nothing logged for request " + requestId + ")" : out.toString();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON log line: " + line, e);
        }
    }
}
