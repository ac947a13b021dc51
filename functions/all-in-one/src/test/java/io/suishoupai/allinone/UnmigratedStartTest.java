package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.FunctionProcess;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;

/**
 * A function started against a database that was never migrated: the schema check runs while its HTTP server opens,
 * so a request may reach it first — that request is answered 503 SERVICE_UNAVAILABLE, never served on the wrong
 * schema — and the process logs what to do and exits with status 1, as a start that failed does. The packaged
 * status-query function, as a separate child process on the tests' PostgreSQL.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class UnmigratedStartTest {

    @Test
    void answersNothingButUnavailableAndExitsWithWhatToDo() throws Exception {
        TestInfra.execute("drop database if exists never_migrated");
        TestInfra.execute("create database never_migrated");
        String url = System.getProperty("quarkus.datasource.reactive.url").replaceAll("/[^/?]+(\\?.*)?$",
                "/never_migrated$1");
        try (FunctionProcess function = FunctionProcess.launch("status-query",
                Map.of("quarkus.datasource.reactive.url", url))) {
            HttpClient http = HttpClient.newHttpClient();
            Instant until = Instant.now().plusSeconds(60);
            OptionalInt status = OptionalInt.empty();
            while (status.isEmpty() && Instant.now().isBefore(until)) {
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create(function.baseUrl() + "/search-cases?size=1")).timeout(Duration.ofSeconds(30))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(503, answer.statusCode(), "served on an unmigrated database: " + answer.body());
                    assertTrue(answer.body().contains("\"SERVICE_UNAVAILABLE\""), answer.body());
                } catch (IOException closedOrNotYetOpen) {
                    // not listening yet, or already gone
                }
                status = function.exitStatus(Duration.ofMillis(50));
            }
            assertEquals(OptionalInt.of(1), status, "the process should exit with status 1; its log:\n"
                    + function.log());
            assertTrue(function.log().contains("the database has no migration applied"), function.log());
        }
    }
}
