import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark driver (not a test): POSTs each line of a file ("path<TAB>bearer token<TAB>JSON body") exactly once,
 * from N connections, until the lines are used up or the time is over, and prints what bench scripts read from wrk:
 * requests, rate, p50, p99, refusals. wrk cannot do this: a Lua thread that stops early still runs to its -d.
 *
 * Usage: java bench/PostOnce.java base-url lines-file connections max-seconds
 */
public class PostOnce {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        int connections = Integer.parseInt(args[2]);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < lines.size() && System.nanoTime() < deadline;) {
                    String[] parts = lines.get(i).split("\t", 3);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + parts[0]))
                            .header("Authorization", "Bearer " + parts[1]).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(parts[2], StandardCharsets.UTF_8)).build();
                    long t0 = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status >= 300) {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                    millis.add((System.nanoTime() - t0) / 1e6);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        System.out.printf("  %d requests in %.2fs%n", n, seconds);
        System.out.printf("Requests/sec: %.2f%n", n / seconds);
        if (n > 0) {
            System.out.printf("     50%% %.2fms%n", sorted.get(n / 2));
            System.out.printf("     99%% %.2fms%n", sorted.get(Math.min(n - 1, (int) (n * 0.99))));
        }
        if (refused.get() > 0) {
            System.out.printf("  Non-2xx or 3xx responses: %d%n", refused.get());
        }
    }
}
