package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * Each function's OpenAPI document is written at build time from its code (api-document's FunctionDocument) into
 * its classes, where /q/openapi serves it, and into target/openapi/. This checks, for each function module, that its document has exactly its @Funq
 * functions (plus its plain routes) with the method, roles and bearer security each declares and a summary; that
 * what the all-in-one app serves is the union of the six, operation for operation; that the problem response names
 * every error code; and that every documented path answers. ResponseContract checks real answers against the
 * schemas.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class OpenApiDocumentTest {

    static final List<String> MODULES = List.of("upload-signing", "report-intake", "status-query", "triage-routing",
            "reminder-scheduling", "points-redemption");
    static final Path FUNCTIONS = Path.of("..");
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachModulesDocumentHasExactlyItsFunctionsAsTheyDeclareThemselves() {
        for (String module : MODULES) {
            Map<String, FunctionAccess.Declared> declared = FunctionAccess.of(module);
            assertFalse(declared.isEmpty(), module + " has no @Funq function on the class path");
            JsonNode paths = document(module).get("paths");
            Set<String> documented = new TreeSet<>();
            fieldNames(paths).stream().filter(p -> !p.startsWith("/open311/")).forEach(p -> documented.add(p.substring(1)));
            assertEquals(declared.keySet(), documented, module + ": @Funq functions vs its document's paths");
            declared.forEach((name, access) -> {
                JsonNode item = paths.get("/" + name);
                assertEquals(Set.of(access.method().toLowerCase(java.util.Locale.ROOT)), fieldNames(item),
                        module + " /" + name + ": method vs @ReadOnly");
                JsonNode operation = item.elements().next();
                assertEquals(!access.roles().isEmpty(), operation.has("security"), module + " /" + name
                        + ": bearer security vs " + access.declaredBy());
                String says = operation.get("description").asText();
                Set<String> documentedRoles = says.startsWith("Callable by roles ")
                        ? new TreeSet<>(List.of(says.substring("Callable by roles ".length()).replace(".", "")
                                .split(",\\s*")))
                        : Set.of();
                assertEquals(access.roles(), documentedRoles, module + " /" + name + ": " + says);
                assertTrue(operation.path("summary").asText().length() > 10, module + " /" + name + " has a summary");
                assertTrue(operation.at("/responses/200/content/application~1json/schema").isObject(),
                        module + " /" + name + " documents its answer's schema");
            });
        }
    }

    @Test
    void theAllInOneDocumentIsTheUnionAndNamesEveryErrorCode() {
        Map<String, JsonNode> union = new TreeMap<>();
        MODULES.forEach(m -> document(m).get("paths").fields().forEachRemaining(e -> union.put(e.getKey(), e.getValue())));
        JsonNode served = served();
        assertEquals(union.keySet(), fieldNames(served.get("paths")));
        union.forEach((path, item) -> assertEquals(item, served.get("paths").get(path), path));

        Set<String> codes = new TreeSet<>();
        served.at("/components/responses/Problem/content/application~1problem+json/schema/properties/code/enum")
                .forEach(c -> codes.add(c.asText()));
        Set<String> declared = new TreeSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            declared.add(code.name());
        }
        assertEquals(declared, codes);
    }

    @Test
    void theDocumentIsServedAsItsBuildWroteItInBothForms() throws IOException {
        Path stored = Path.of("target/openapi");
        Response yaml = given().get("/q/openapi").then().statusCode(200).extract().response();
        assertTrue(yaml.contentType().startsWith("application/yaml"), yaml.contentType());
        assertEquals(java.nio.file.Files.readString(stored.resolve("openapi.yaml")), yaml.asString());
        Response json = given().queryParam("format", "JSON").get("/q/openapi").then().statusCode(200).extract()
                .response();
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        assertEquals(JSON.readTree(stored.resolve("openapi.json").toFile()), read(json.asString()));
    }

    @Test
    void everyDocumentedPathAnswers() {
        served().get("paths").fields().forEachRemaining(e -> {
            String path = e.getKey();
            String method = e.getValue().fieldNames().next();
            Response r = method.equals("get") ? given().get(path) : given().contentType("application/json").body("{}")
                    .post(path);
            // any answer of the function itself (200, 400, 401, 403, …) — never "no such route" or "wrong method"
            assertNotEquals(405, r.statusCode(), method + " " + path);
            if (r.statusCode() == 404) {
                assertFalse(r.asString().contains("There is no function at"), method + " " + path + " is not routed");
            }
            assertTrue(r.statusCode() < 500, method + " " + path + " answered " + r.statusCode());
        });
    }

    static JsonNode served() {
        return read(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    /** A module's document as its build wrote it. */
    static JsonNode document(String module) {
        try {
            return JSON.readTree(FUNCTIONS.resolve(module).resolve("target/openapi/openapi.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The @Funq functions compiled into a module (its classes are on this test's class path). */
    static Set<String> funqNames(String module) {
        return new TreeSet<>(FunctionAccess.of(module).keySet());
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
