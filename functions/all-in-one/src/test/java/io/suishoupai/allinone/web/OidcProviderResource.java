package io.suishoupai.allinone.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts web/e2e/oidc-provider.mjs (the npm package oidc-provider, a certified OpenID provider) on a loopback port
 * and points this app at it as production points at the city's provider: tokens verified against its JWKS, its
 * issuer and audience required, and the app's config.json naming it for sign-in.
 */
public class OidcProviderResource implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "suishoupai-app";
    static final String RESOURCE = "urn:suishoupai:api";
    static final String AUDIENCE = "suishoupai";

    private Process process;

    @Override
    public Map<String, String> start() {
        int port = freeLoopbackPort();
        int appPort = Integer.getInteger("quarkus.http.test-port", 8081);
        try {
            process = new ProcessBuilder("node", "oidc-provider.mjs", Integer.toString(port),
                    "http://localhost:" + appPort + "/app/", "http://127.0.0.1:" + appPort + "/app/",
                    "http://localhost:" + appPort + "/console/", "http://127.0.0.1:" + appPort + "/console/")
                    .directory(NodeTests.E2E.toFile()).redirectErrorStream(true).start();
            String issuer = awaitReady(process).get(30, TimeUnit.SECONDS);
            Map<String, String> config = new HashMap<>();
            config.put("mp.jwt.verify.publickey.location", issuer + "/jwks");
            config.put("mp.jwt.verify.issuer", issuer);
            config.put("mp.jwt.verify.audiences", AUDIENCE);
            config.put("suishoupai.web.oidc.authority", issuer);
            config.put("suishoupai.web.oidc.client-id", CLIENT_ID);
            config.put("suishoupai.web.oidc.resource", RESOURCE);
            return config;
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("the OpenID provider did not start (web/e2e/oidc-provider.mjs)", e);
        }
    }

    private static int freeLoopbackPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CompletableFuture<String> awaitReady(Process process) {
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("READY ")) {
                        ready.complete(line.substring("READY ".length()).trim());
                    } else if (!line.startsWith("oidc-provider WARNING")) {
                        System.out.println("[oidc-provider] " + line);
                    }
                }
                ready.completeExceptionally(new IOException("oidc-provider exited"));
            } catch (IOException e) {
                ready.completeExceptionally(new UncheckedIOException(e));
            }
        }, "oidc-provider-output");
        reader.setDaemon(true);
        reader.start();
        return ready;
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
