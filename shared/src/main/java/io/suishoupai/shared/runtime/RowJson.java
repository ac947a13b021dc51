package io.suishoupai.shared.runtime;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * Rows as PostgreSQL's {@code row_to_json} writes them, read onto the entities' fields: snake_case columns, and
 * columns an entity does not map (a statement's own sort key, say) ignored; a field whose column is not its
 * snake_case name (SuspensionRequest.until) gets its name in the statement. The reads that compose a whole answer in
 * one statement on the pool use it to get entities back. Such a statement's own answer is read
 * in one pass onto records whose components name their JSON keys explicitly ({@code @JsonProperty}): the snake_case
 * naming is for {@code row_to_json}'s columns, and explicit names are not renamed.
 */
@ApplicationScoped
public class RowJson {

    @Inject
    ObjectMapper appMapper;

    private ObjectMapper rows;

    @PostConstruct
    void init() {
        rows = appMapper.copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** A statement's JSON text; a mismatch is our own statement's bug, never a caller's input. */
    public <T> T read(String json, Class<T> type) {
        try {
            return rows.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A row does not read as " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** A statement's JSON array of rows (json_agg), each read as {@link #read} reads one. */
    public <T> List<T> readList(String json, Class<T> type) {
        try {
            return rows.readValue(json, rows.getTypeFactory().constructCollectionType(List.class, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rows do not read as " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** An empty JSON object, to build a row in. */
    public com.fasterxml.jackson.databind.node.ObjectNode objectNode() {
        return rows.createObjectNode();
    }

    /** An empty JSON array. */
    public com.fasterxml.jackson.databind.node.ArrayNode arrayNode() {
        return rows.createArrayNode();
    }

    /** A value as a JSON node: an Instant as ISO-8601 text, an enum as its name, a LocalDate as yyyy-MM-dd. */
    public JsonNode tree(Object value) {
        return rows.valueToTree(value);
    }

    /** null for a missing or JSON null node. */
    public <T> T entity(JsonNode node, Class<T> type) {
        return node == null || node.isNull() ? null : rows.convertValue(node, type);
    }
}
