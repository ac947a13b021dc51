package io.suishoupai.shared.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which form of the document a caller gets: what it names in ?format first, then what it accepts, else YAML. */
class ApiDocumentRouteTest {

    @Test
    void theFormatParameterDecidesBeforeTheAcceptHeader() {
        assertTrue(ApiDocumentRoute.wantsJson("json", null));
        assertTrue(ApiDocumentRoute.wantsJson(" JSON ", "application/yaml"));
        assertFalse(ApiDocumentRoute.wantsJson("yaml", "application/json"));
        assertFalse(ApiDocumentRoute.wantsJson("xml", null), "an unknown format is the default, YAML");
    }

    @Test
    void withoutAFormatTheAcceptHeaderDecidesAndYamlIsTheDefault() {
        assertTrue(ApiDocumentRoute.wantsJson(null, "application/json"));
        assertTrue(ApiDocumentRoute.wantsJson("", "text/html, Application/JSON;q=0.9"));
        assertFalse(ApiDocumentRoute.wantsJson(null, "*/*"));
        assertFalse(ApiDocumentRoute.wantsJson(null, null));
    }
}
