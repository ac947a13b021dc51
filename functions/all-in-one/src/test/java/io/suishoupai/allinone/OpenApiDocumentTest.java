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
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * Funqy is not scanned for OpenAPI, so every function module ships a static META-INF/openapi.yaml. This checks,
 * for each module, that its document names exactly its @Funq functions (plus its plain routes), that the
 * all-in-one document is their union and is what /q/openapi serves, and that every documented path answers.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class OpenApiDocumentTest {

    static final List<String> MODULES = List.of("upload-signing", "report-intake", "status-query", "triage-routing",
            "reminder-scheduling", "points-redemption");
    static final Path FUNCTIONS = Path.of("..");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyFunctionIsDocumentedByItsOwnModuleAndNothingElseIs() {
        for (String module : MODULES) {
            Set<String> functions = funqNames(module);
            Set<String> documented = new TreeSet<>();
            for (String path : documentedPaths(module).keySet()) {
                if (!path.startsWith("/open311/")) {
                    documented.add(path.substring(1));
                }
            }
            assertFalse(functions.isEmpty(), module + " has no @Funq function on the class path");
            assertEquals(functions, documented, module + ": @Funq functions vs paths in its openapi.yaml");
        }
    }

    @Test
    void theAllInOneDocumentIsTheUnionAndIsServed() {
        Map<String, String> union = new TreeMap<>();
        MODULES.forEach(m -> union.putAll(documentedPaths(m)));
        assertEquals(union, documentedPaths("all-in-one"));

        JsonNode served = read(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString(), new ObjectMapper());
        assertEquals(union.keySet(), fieldNames(served.get("paths")));
    }

    @Test
    void everyDocumentedPathAnswers() {
        documentedPaths("all-in-one").forEach((path, method) -> {
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

    static JsonNode document(String module) {
        Path file = FUNCTIONS.resolve(module).resolve(module.equals("all-in-one") ? "src/main/openapi/openapi.yaml"
                : "src/main/resources/META-INF/openapi.yaml");
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** path → http method, from the module's static document. */
    static Map<String, String> documentedPaths(String module) {
        JsonNode doc = document(module);
        Map<String, String> paths = new TreeMap<>();
        doc.get("paths").fields().forEachRemaining(e -> {
            Set<String> methods = fieldNames(e.getValue());
            assertEquals(1, methods.size(), module + " " + e.getKey() + " documents one method");
            paths.put(e.getKey(), methods.iterator().next());
        });
        return paths;
    }

    /** The @Funq functions compiled into a module (its classes are on this test's class path). */
    static Set<String> funqNames(String module) {
        return new TreeSet<>(FunctionAccess.of(module).keySet());
    }

    @Test
    void eachOperationsSecurityIsWhatItsFunctionDeclares() {
        for (String module : MODULES) {
            Map<String, FunctionAccess.Declared> declared = FunctionAccess.of(module);
            JsonNode paths = document(module).get("paths");
            declared.forEach((name, access) -> {
                JsonNode operation = paths.get("/" + name).elements().next();
                boolean secured = operation.has("security");
                assertEquals(!access.roles().isEmpty(), secured, module + " /" + name + ": bearer security in "
                        + "openapi.yaml vs " + access.declaredBy());
                String says = operation.get("description").asText();
                Set<String> documentedRoles = says.startsWith("Callable by roles ")
                        ? new TreeSet<>(List.of(says.substring("Callable by roles ".length()).replace(".", "")
                                .split(",\\s*")))
                        : Set.of();
                assertEquals(access.roles(), documentedRoles, module + " /" + name + ": " + says);
            });
        }
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    static JsonNode read(String json, ObjectMapper mapper) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
