package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A REST Assured filter that checks every 200 JSON answer of a documented function against the schema its OpenAPI
 * document (as the app serves it) gives for that answer, formats included: a field renamed, added, dropped or of
 * another type in a DTO fails the test that made the call. Remembers which functions it checked, so a test can prove
 * the walk-through was covered.
 */
final class ResponseContract implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final Set<String> checked = new TreeSet<>();
    private JsonNode paths;

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = request.getUserDefinedPath();
        if (response.statusCode() != 200 || path == null || path.startsWith("/q/")
                || !response.contentType().startsWith("application/json")) {
            return response;
        }
        JsonNode schema = documented().path(path).path(request.getMethod().toLowerCase(java.util.Locale.ROOT))
                .at("/responses/200/content/application~1json/schema");
        if (schema.isMissingNode()) {
            return response;
        }
        JsonNode body = read(response.asString());
        Set<ValidationMessage> problems = schemas.computeIfAbsent(request.getMethod() + " " + path,
                k -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, CONFIG))
                .validate(body);
        if (!problems.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + path + " answered outside its documented schema: "
                    + problems + "\n" + response.asString());
        }
        synchronized (checked) {
            checked.add(path.substring(1));
        }
        return response;
    }

    /** The functions whose answers were checked so far. */
    Set<String> checked() {
        synchronized (checked) {
            return new TreeSet<>(checked);
        }
    }

    private synchronized JsonNode documented() {
        if (paths == null) {
            paths = read(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString()).get("paths");
        }
        return paths;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
