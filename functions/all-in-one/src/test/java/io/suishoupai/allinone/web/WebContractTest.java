package io.suishoupai.allinone.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * The web clients are typed from web/openapi.json (openapi-typescript, at their build). This test keeps that copy
 * equal to the document the functions publish, so a contract change fails here first and then, once the copy is
 * refreshed, fails the web build wherever the app relies on what changed — never on a phone.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class WebContractTest {

    static final Path COPY = NodeTests.WEB.resolve("openapi.json");
    // outside the suishoupai.* root, whose unknown keys stop the app
    static final String REFRESH = "refresh-web-contract";

    @Test
    void theWebClientsAreTypedFromTheDocumentTheFunctionsPublish() throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode served = (ObjectNode) mapper.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        served.remove("servers"); // written per run from the host and port
        if (Boolean.getBoolean(REFRESH)) {
            Files.writeString(COPY, mapper.writeValueAsString(served) + "\n", StandardCharsets.UTF_8);
        }
        JsonNode copy = mapper.readTree(Files.readString(COPY, StandardCharsets.UTF_8));
        assertEquals(served, copy, "web/openapi.json differs from the functions' OpenAPI document. Refresh it with "
                + "`mvn -B -pl functions/all-in-one verify -Dtest=WebContractTest -D" + REFRESH + "=true`, then build "
                + "the web module: TypeScript shows what the change breaks in the app.");
    }
}
