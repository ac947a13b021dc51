package io.suishoupai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.suishoupai.embedded.EmbeddedInfra;

/**
 * Lets a test stop and start the real servers under a running app: a loopback HTTP switch owned by the test
 * resource ({@code POST /postgres/stop}, {@code /postgres/start}, {@code /s3/stop}, {@code /s3/start}). HTTP
 * rather than a shared object, because the resource and the test may live in different class loaders.
 */
final class FaultSwitch implements AutoCloseable {

    static final String PORT = "test-infra.fault-switch-port";

    private final HttpServer server;

    private FaultSwitch(HttpServer server) {
        this.server = server;
    }

    static FaultSwitch open(EmbeddedInfra infra) {
        Map<String, Runnable> actions = Map.of(
                "/postgres/stop", infra.postgres()::stop,
                "/postgres/start", infra.postgres()::start,
                "/s3/stop", infra.s3()::stop,
                "/s3/start", infra.s3()::start);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                Runnable action = actions.get(exchange.getRequestURI().getPath());
                int status = 404;
                if (action != null && "POST".equals(exchange.getRequestMethod())) {
                    action.run();
                    status = 204;
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return new FaultSwitch(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
