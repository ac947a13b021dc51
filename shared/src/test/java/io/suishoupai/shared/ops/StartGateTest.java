package io.suishoupai.shared.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
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
    /** Completed once the first request has been through the gate's handler: held there, or passed on and served. */
    private final CompletableFuture<Void> reachedTheGate = new CompletableFuture<>();
    private final List<String> served = new CopyOnWriteArrayList<>();
    private Vertx vertx;
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().handler(ctx -> {
            ctx.next(); // the gate, and without it a GET's handler, run before this returns
            reachedTheGate.complete(null);
        });
        router.route().handler(gate::handle);
        router.get("/ping").handler(ctx -> {
            served.add(ctx.request().path());
            ctx.end("pong");
        });
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

    private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path));
    }

    @Test
    void aRequestBeforeTheVerdictIsHeldUntilItPasses() throws Exception {
        var early = send(to("/ping"));
        reachedTheGate.get(10, TimeUnit.SECONDS);
        assertTrue(served.isEmpty(), "served before the check had passed");
        gate.pass();
        assertEquals(200, early.get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(200, send(to("/ping")).get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(List.of("/ping", "/ping"), served);
    }

    @Test
    void aHeldRequestKeepsItsWholeBody() throws Exception {
        var early = send(to("/echo").POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))));
        reachedTheGate.get(10, TimeUnit.SECONDS);
        gate.pass();
        var answer = early.get(10, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals("got " + "x".repeat(100_000), answer.body());
    }

    @Test
    void afterAFailedCheckEveryRequestIsUnavailable() throws Exception {
        var early = send(to("/ping"));
        reachedTheGate.get(10, TimeUnit.SECONDS);
        gate.fail(new IllegalStateException("the database schema is at version 1"));
        assertEquals(503, early.get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(503, send(to("/ping")).get(10, TimeUnit.SECONDS).statusCode());
        assertTrue(served.isEmpty());
    }
}
