import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Benchmark helper — not a test. A bare S3 client (the SDK and HTTP client the functions use, no app) against the same
 * S3 server. Run with the report-intake app's libraries on the class path (java -cp 'lib/main/*' IntakeCeiling.java):
 *   upload KEYS PHOTO THREADS             PUT the photo under every key of KEYS (one or more keys a line)
 *   ceiling KEYS THREADS WARM SECONDS HELD
 *       each line a report, the lines cycled through; for each photo of a report, all at once, the S3 calls
 *       intake makes: a GET of the whole object, for a photo over HELD bytes a second GET (If-Match, as intake
 *       streams it), a PUT of the same length under a new key in ceiling/, as intake keeps each photo as a new
 *       object. WARM seconds unmeasured, then SECONDS; prints
 *       "reports/s p50-ms p99-ms reports".
 */
public class IntakeCeiling {

    static final AtomicLong KEPT = new AtomicLong();

    /** The photos of the reports in flight, each on a thread of its own (intake's media-check threads). */
    static final ExecutorService PHOTOS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        return thread;
    });

    static final String BUCKET = "suishoupai-media";

    public static void main(String[] args) throws Exception {
        S3Client s3 = S3Client.builder().endpointOverride(URI.create(System.getenv("S3")))
                .region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("suishoupai-local", "suishoupai-local-secret")))
                .httpClient(UrlConnectionHttpClient.create())
                // configured as the functions' client is (quarkus.s3.chunked-encoding, from the same environment)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(
                        !"false".equalsIgnoreCase(System.getenv("QUARKUS_S3_CHUNKED_ENCODING"))).build())
                .build();
        List<String[]> reports = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            reports.add(line.trim().split("\\s+"));
        }
        if (args[0].equals("upload")) {
            upload(s3, reports, Files.readAllBytes(Path.of(args[2])), Integer.parseInt(args[3]));
        } else {
            int threads = Integer.parseInt(args[2]);
            long held = Long.parseLong(args[5]);
            int warm = Integer.parseInt(args[3]);
            run(s3, reports, threads, warm, held); // warms the JIT up, unmeasured
            double[] measured = run(s3, reports, threads, Integer.parseInt(args[4]), held);
            System.out.printf("%.1f %.2f %.2f %d%n", measured[0], measured[1], measured[2], (long) measured[3]);
        }
        s3.close();
    }

    static void upload(S3Client s3, List<String[]> reports, byte[] photo, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (String[] keys : reports) {
            for (String key : keys) {
                pool.submit(() -> s3.putObject(b -> b.bucket(BUCKET).key(key).contentType("image/jpeg"),
                        RequestBody.fromBytes(photo)));
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    /** Reports per second, p50 and p99 in ms, and how many reports ran. */
    static double[] run(S3Client s3, List<String[]> reports, int threads, int seconds, long held) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int me = t;
            latencies[me] = new long[reports.size()];
            workers[t] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    if (counts[me] == latencies[me].length) {
                        latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
                    }
                    long start = System.nanoTime();
                    // the lines are cycled through: the same uploads read again (a GET costs the same the
                    // second time), each kept as a new object; a report's photos at once, as intake takes them
                    List<Future<?>> photos = new ArrayList<>();
                    for (String key : reports.get(next.getAndIncrement() % reports.size())) {
                        photos.add(PHOTOS.submit(() -> keep(s3, key, held)));
                    }
                    for (Future<?> photo : photos) {
                        try {
                            photo.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    latencies[me][counts[me]++] = System.nanoTime() - start;
                }
            });
            workers[t].start();
        }
        long began = System.nanoTime();
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        long[] all = new long[0];
        for (int t = 0; t < threads; t++) {
            long[] mine = Arrays.copyOf(latencies[t], counts[t]);
            long[] joined = Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, joined, all.length, mine.length);
            all = joined;
        }
        Arrays.sort(all);
        return new double[] {all.length / elapsed, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                all.length};
    }

    static void keep(S3Client s3, String key, long held) {
        // beside the others, as intake's kept copies are (one directory a day on a file store)
        String kept = "ceiling/" + key.replace(".jpg", "-" + KEPT.incrementAndGet() + ".jpg");
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(BUCKET).key(key))) {
            long size = in.response().contentLength();
            if (size <= held) {
                byte[] bytes = in.readAllBytes();
                s3.putObject(b -> b.bucket(BUCKET).key(kept).contentType("image/jpeg"),
                        RequestBody.fromContentProvider(() -> new java.io.ByteArrayInputStream(bytes), bytes.length,
                                "image/jpeg"));
                return;
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
            String eTag = in.response().eTag();
            s3.putObject(b -> b.bucket(BUCKET).key(kept).contentType("image/jpeg"), RequestBody.fromContentProvider(
                    () -> s3.getObject(g -> g.bucket(BUCKET).key(key).ifMatch(eTag)), size, "image/jpeg"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
