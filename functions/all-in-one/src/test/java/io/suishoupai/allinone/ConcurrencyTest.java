package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/**
 * Races on real HTTP: the same submission sent twenty times at once makes one case; twenty screeners deciding one
 * case at once make one decision, with one event.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class ConcurrencyTest {

    static final int PARALLEL = 20;

    @Inject
    UploadSigner signer;

    @Test
    void theSameSubmissionSentTwentyTimesAtOnceMakesOneCase() throws Exception {
        String citizen = "race-citizen-" + UUID.randomUUID();
        List<String> photos = Uploads.twoPhotos(signer, citizen);
        Map<String, Object> report = Calls.report("race-" + UUID.randomUUID(), photos);
        String token = Tokens.citizen(citizen);

        List<Response> answers = all(PARALLEL, () -> Calls.submit(token, report));

        Set<String> caseNumbers = answers.stream().filter(r -> r.statusCode() == 200)
                .map(r -> r.<String>path("caseNumber")).collect(Collectors.toSet());
        for (Response r : answers) {
            // a twin that arrives while the first still runs waits for it and replays; none may fail otherwise
            assertTrue(r.statusCode() == 200 || "REQUEST_IN_PROGRESS".equals(r.path("code")), r.asString());
        }
        assertEquals(1, caseNumbers.size(), "every successful answer names the same case");
        assertEquals(1, TestInfra.count("select count(*) from city_case where reporter_id = '" + citizen + "'"));
        assertEquals(2, TestInfra.count("select count(*) from case_media m join city_case c on c.id = m.case_id "
                + "where c.reporter_id = '" + citizen + "'"));
    }

    @Test
    void concurrentDecisionsOnOneCaseLetExactlyOneWin() throws Exception {
        String caseNumber = TestCases.submitted("01-04-02");
        List<Response> answers = all(PARALLEL, () -> Calls.act(Tokens.of("screener-" + UUID.randomUUID(), null,
                "screener"), "screen-case", Map.of("caseNumber", caseNumber, "decision", "FILE")));

        long won = answers.stream().filter(r -> r.statusCode() == 200).count();
        assertEquals(1, won, "exactly one screener files the case");
        for (Response r : answers) {
            if (r.statusCode() != 200) {
                // the losers are told why: someone changed it first, or it is no longer in SUBMITTED
                assertTrue(Set.of(409, 422).contains(r.statusCode()), r.asString());
                assertTrue(Set.of("CONCURRENT_UPDATE", "INVALID_TRANSITION").contains(r.<String>path("code")),
                        r.asString());
            }
        }
        assertEquals("FILED", TestCases.state(caseNumber));
        assertEquals(2, TestCases.events(caseNumber), "SUBMITTED, then one FILED event");
    }

    /** Starts n calls at the same instant and collects every answer. */
    static <T> List<T> all(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
