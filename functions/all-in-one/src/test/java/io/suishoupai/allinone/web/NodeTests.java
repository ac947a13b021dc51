package io.suishoupai.allinone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of web/e2e's Node test files (node:test, Playwright driving Debian's Chromium) against this test's
 * running app, and fails with the runner's report when any of its tests fails. Nothing is skipped: a machine
 * without Chromium or without the web module's npm install fails with what to do.
 */
final class NodeTests {

    static final Path WEB = Path.of("../../web").toAbsolutePath().normalize();
    static final Path E2E = WEB.resolve("e2e");

    private NodeTests() {
    }

    static String chromium() {
        String path = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(Path.of(path)), "The browser tests need Debian's Chromium at " + path
                + " (apt-get install chromium; .ci/run installs it) or its path in CHROMIUM.");
        return path;
    }

    static void run(String file, Map<String, String> env) throws IOException, InterruptedException {
        String chromium = chromium();
        assertTrue(Files.isDirectory(WEB.resolve("node_modules/playwright-core")),
                "web/node_modules is missing: build the web module first (mvn -pl web install runs npm ci)");
        Path log = Path.of("target/e2e-" + file.replace(".mjs", "") + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-concurrency=1",
                "--test-reporter=spec", file));
        ProcessBuilder builder = new ProcessBuilder(command).directory(E2E.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("CHROMIUM", chromium);
        builder.environment().put("SUISHOUPAI_SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString());
        Process process = builder.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String report = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(report);
        assertTrue(finished, file + " ran for more than 10 minutes:\n" + report);
        assertEquals(0, process.exitValue(), file + " failed:\n" + report);
    }
}
