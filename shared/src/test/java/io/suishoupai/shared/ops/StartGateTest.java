package io.suishoupai.shared.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.ProblemException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A request that comes before the start-up check has decided waits for it, body and all, and is served once the
 * check passes; after a failed check every request is 503. On a real Vert.x server, over real HTTP.
 */
class StartGateTest {

    private final StartGate gate = new StartGate();
    private final HttpClient client = HttpClient.newHttpClient();
    private Vertx vertx;
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().handler(gate::handle);
        router.post("/echo").handler(BodyHandler.create()).handler(ctx -> ctx.end("got " + ctx.body().asString()));
        router.route().failureHandler(ctx -> ctx.response()
                .setStatusCode(ctx.failure() instanceof ProblemException p ? p.status() : 500).end());
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private CompletableFuture<HttpResponse<String>> post(String body) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/echo"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestBeforeTheVerdictIsHeldAndThenServedWithItsBody() throws Exception {
        var early = post("x".repeat(100_000));
        Thread.sleep(300); // the request has reached the server and waits at the gate
        assertFalse(early.isDone(), "no answer before the check has passed");
        gate.pass();
        var answer = early.get(10, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals("got " + "x".repeat(100_000), answer.body());
        assertEquals(200, post("later").get(10, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void afterAFailedCheckEveryRequestIsUnavailable() throws Exception {
        var early = post("early");
        Thread.sleep(300);
        gate.fail(new IllegalStateException("the database schema is at version 1"));
        assertEquals(503, early.get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(503, post("later").get(10, TimeUnit.SECONDS).statusCode());
    }
}
