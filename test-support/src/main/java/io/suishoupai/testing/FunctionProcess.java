package io.suishoupai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A function's packaged app ({@code functions/<name>/target/quarkus-app}) as a child process on the test's
 * PostgreSQL and S3 server: a second, separate process that a test can kill with SIGKILL mid-work.
 */
public final class FunctionProcess implements AutoCloseable {

    private static final List<String> PASSED_ON = List.of("quarkus.datasource.", "quarkus.s3.", "mp.jwt.",
            "suishoupai.");

    private final Process process;
    private final int port;
    private final Path log;

    private FunctionProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the packaged function (built by the reactor before this module's tests) and waits until ready. */
    public static FunctionProcess start(String module) {
        FunctionProcess fp = launch(module, Map.of());
        fp.awaitReady(Duration.ofSeconds(60));
        return fp;
    }

    /**
     * Starts the packaged function with {@code overrides} (system properties, after the test's own) and returns at
     * once, ready or not: for a start that is meant to fail.
     */
    public static FunctionProcess launch(String module, Map<String, String> overrides) {
        Path app = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException(app + " is missing: package " + module + " first (mvn verify does)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + freePort(),
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.scheduler.enabled=false",
                "-Dquarkus.log.console.json.enabled=false"));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> PASSED_ON.stream().anyMatch(name::startsWith))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        overrides.forEach((name, value) -> command.add("-D" + name + "=" + value)); // the last -D of a name wins
        command.addAll(List.of("-jar", app.toString()));
        try {
            Path log = Files.createTempFile("suishoupai-" + module + "-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new FunctionProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the process has written so far (standard output and error). */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its exit status, once it has exited within {@code timeout}; empty while it still runs. */
    public OptionalInt exitStatus(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no rollback courtesy — the process is simply gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the function exited; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(100); // polling a starting child process
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        kill();
        throw new IllegalStateException("the function was not ready within " + timeout + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
