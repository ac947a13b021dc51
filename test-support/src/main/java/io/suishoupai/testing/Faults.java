package io.suishoupai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Stops and starts the test's real PostgreSQL and S3 server under the running app (see {@link FaultSwitch}). */
public final class Faults {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Faults() {
    }

    public static void stopPostgres() {
        flip("/postgres/stop");
    }

    public static void startPostgres() {
        flip("/postgres/start");
    }

    public static void stopS3() {
        flip("/s3/stop");
    }

    public static void startS3() {
        flip("/s3/start");
    }

    private static void flip(String path) {
        String port = System.getProperty(FaultSwitch.PORT);
        if (port == null) {
            throw new IllegalStateException("no fault switch: run the test with SuishoupaiTestResource");
        }
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 204) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
