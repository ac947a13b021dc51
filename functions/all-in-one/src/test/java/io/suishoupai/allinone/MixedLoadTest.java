package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/**
 * A bounded mixed load on one process — reports coming in, public queries, screeners filing and dispatching the
 * same cases at once, citizens racing for a reward with little stock — then every invariant: no accepted report
 * lost, every case's event log ending in its state, every points balance equal to its ledger and never negative,
 * stock never negative and equal to what was not redeemed, and no answer a 5xx. Runs 15 s in CI;
 * {@code -Dsoak.load-seconds=300} holds it longer (see RELIABILITY.md).
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class MixedLoadTest {

    static final int SECONDS = Integer.getInteger("soak.load-seconds", 15);
    static final int CITIZENS = 12;
    static final int STOCK = 25;
    static final String ADMIN = Tokens.of("admin-load", null, "admin");

    @Inject
    UploadSigner signer;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String sku = "LOAD-" + run;
    final Map<String, Integer> answers = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
    final AtomicInteger redeemed = new AtomicInteger();

    String citizen(int i) {
        return "load-" + run + "-" + i;
    }

    void count(String function, Response r) {
        answers.merge(function + " " + r.statusCode(), 1, Integer::sum);
        assertTrue(r.statusCode() < 500, function + " → " + r.statusCode() + " " + r.asString());
    }

    @Test
    void invariantsHoldAfterAMixedLoad() throws Exception {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("sku", sku, "name", "负载测试奖品",
                "cost", 3, "stock", STOCK, "perPersonLimit", 100)).post("/save-reward").then().statusCode(200);
        List<ConcurrentLinkedQueue<List<String>>> photos = new ArrayList<>();
        for (int i = 0; i < CITIZENS; i++) {
            Calls.act(ADMIN, "adjust-points", Map.of("accountId", citizen(i), "delta", 12, "reason", "load test"))
                    .then().statusCode(200);
            ConcurrentLinkedQueue<List<String>> pairs = new ConcurrentLinkedQueue<>();
            for (int p = 0; p < Math.min(20, 2 + SECONDS); p++) {
                pairs.add(Uploads.twoPhotos(signer, citizen(i)));
            }
            photos.add(pairs);
        }

        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        List<Runnable> workers = List.of(
                () -> intake(photos), () -> intake(photos), () -> queries(), () -> transitions(), () -> transitions(),
                () -> redemptions(), () -> redemptions());
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        List<Future<?>> running = new ArrayList<>();
        for (Runnable w : workers) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    w.run();
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(); // rethrows a worker's failed assertion
        }
        pool.shutdown();
        System.out.println("mixed load, " + SECONDS + " s: " + new java.util.TreeMap<>(answers));

        // no accepted report lost, no refused one stored
        String reporters = "reporter_id like 'load-" + run + "-%'";
        assertEquals(accepted.size(), TestInfra.count("select count(*) from city_case where " + reporters));
        // every case's log starts with SUBMITTED and ends in the state the case is in; one event per change
        assertEquals(0, TestInfra.count("select count(*) from city_case c where " + reporters + " and ("
                + "(select e.to_state from case_event e where e.case_id = c.id order by e.at desc, e.id desc limit 1) "
                + "<> c.state or (select e.to_state from case_event e where e.case_id = c.id order by e.at, e.id "
                + "limit 1) <> 'SUBMITTED')"));
        assertEquals(0, TestInfra.count("select count(*) from (select e.case_id, e.to_state, count(*) from case_event e "
                + "join city_case c on c.id = e.case_id where c." + reporters + " and e.to_state in ('FILED', "
                + "'DISPATCHED') group by 1, 2 having count(*) > 1) twice"), "a case filed or dispatched twice");
        // every balance is its ledger, and none is negative
        assertEquals(0, TestInfra.count("select count(*) from points_account a where a.account_id like 'load-" + run
                + "-%' and (a.balance < 0 or a.balance <> (select coalesce(sum(delta), 0) from points_entry e "
                + "where e.account_id = a.account_id))"));
        // stock never negative; what left the stock is exactly what was redeemed
        long stock = TestInfra.count("select stock from reward where sku = '" + sku + "'");
        long redemptions = TestInfra.count("select count(*) from redemption where sku = '" + sku + "'");
        assertTrue(stock >= 0);
        assertEquals(STOCK, stock + redemptions);
        assertEquals(redeemed.get(), redemptions, "every 200 from redeem-reward is one redemption, and only those");
        assertTrue(accepted.size() > 0 && redeemed.get() > 0, "the load did some work: " + answers);
    }

    void intake(List<ConcurrentLinkedQueue<List<String>>> photos) {
        int i = ThreadLocalRandom.current().nextInt(CITIZENS);
        List<String> pair = photos.get(i).poll();
        if (pair == null) {
            return;
        }
        Response r = Calls.submit(Tokens.citizen(citizen(i)), Calls.report(UUID.randomUUID().toString(), pair));
        count("submit-report", r);
        if (r.statusCode() == 200) {
            accepted.add(r.path("caseNumber"));
        } else {
            assertEquals("DAILY_LIMIT_REACHED", r.path("code"), r.asString());
        }
    }

    void queries() {
        String some = accepted.peek();
        Response r = some == null ? given().get("/search-cases?size=5")
                : given().get("/get-case?caseNumber=" + some);
        count(some == null ? "search-cases" : "get-case", r);
        assertEquals(200, r.statusCode(), r.asString());
        Response s = given().get("/search-cases?q=行道树&size=5");
        count("search-cases", s);
        assertEquals(200, s.statusCode());
    }

    void transitions() {
        List<String> cases = new ArrayList<>(accepted);
        if (cases.isEmpty()) {
            return;
        }
        // both transition workers pick among the newest cases, so they race on the same ones
        String caseNumber = cases.get(Math.max(0, cases.size() - 1 - ThreadLocalRandom.current().nextInt(2)));
        String screener = Tokens.of("screener-load", null, "screener");
        Response filed = Calls.act(screener, "screen-case", Map.of("caseNumber", caseNumber, "decision", "FILE"));
        count("screen-case", filed);
        Response dispatched = Calls.act(screener, "dispatch-case", Map.of("caseNumber", caseNumber));
        count("dispatch-case", dispatched);
        for (Response r : List.of(filed, dispatched)) {
            assertTrue(r.statusCode() == 200 || Set.of(409, 422).contains(r.statusCode()), r.asString());
        }
    }

    void redemptions() {
        int i = ThreadLocalRandom.current().nextInt(CITIZENS);
        Response r = Calls.act(Tokens.citizen(citizen(i)), "redeem-reward", Map.of("sku", sku));
        count("redeem-reward", r);
        if (r.statusCode() == 200) {
            redeemed.incrementAndGet();
        } else {
            assertTrue(Set.of("OUT_OF_STOCK", "INSUFFICIENT_POINTS", "CONCURRENT_UPDATE").contains(r.<String>path("code")),
                    r.asString());
        }
    }
}
