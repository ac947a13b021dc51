package io.suishoupai.triage.service;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading an imported feature's (or row's) properties: text or a number as text, stripped; anything else null. */
final class ImportFields {

    private ImportFields() {
    }

    static String text(JsonNode properties, String field) {
        JsonNode v = properties.path(field);
        return v.isTextual() || v.isNumber() ? v.asText().strip() : null;
    }
}
