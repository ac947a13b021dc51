package io.suishoupai.reminders.function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.suishoupai.reminders.service.WebhookSignature;
import io.suishoupai.testing.ControllableClock;
import io.suishoupai.testing.DomainCases;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * Issue #18, item 3: a case's news reaches its reporter, its case, area and near-me subscribers through the citizen
 * channel — one signed message per citizen per delivery pass, naming the citizen and each case — and the daily cap
 * holds the rest back.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class CitizenNewsTest {

    static final String SCHEDULER = Tokens.of("eventbridge", null, "scheduler");
    static final String ADMIN = Tokens.of("admin-news", null, "admin");
    static final String SECRET = "a-citizen-gateway-secret-32-chars!";
    static final WebhookReceiver RECEIVER = new WebhookReceiver();
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DomainCases domainCases;

    @Inject
    ControllableClock clock;

    /** The other tests of this module count every delivery: the citizen channel goes with this class. */
    @AfterAll
    static void stop() {
        TestInfra.execute("update notification_channel set active = false where owner_kind = 'CITIZEN'");
        RECEIVER.close();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    void citizenChannel() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("ownerKind", "CITIZEN",
                "url", RECEIVER.url("/citizens"), "secret", SECRET)).post("/save-channel").then().statusCode(200);
    }

    void deliver(Instant at) {
        clock.set(at);
        given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON).body(Map.of("at", at.toString()))
                .post("/deliver-notifications").then().statusCode(200);
    }

    static void followCase(String account, long caseId) {
        TestInfra.execute("insert into subscription (account_id, kind, case_id, created_at) values ('" + account
                + "', 'CASE', " + caseId + ", now())");
    }

    List<JsonNode> messagesTo(String account) {
        return RECEIVER.to("/citizens").stream().map(d -> {
            try {
                return JSON.readTree(d.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(m -> account.equals(m.path("accountId").asText())).toList();
    }

    @Test
    void subscribersHearOfAMoveInOneSignedMessageEachNamingThemAndTheCase() throws Exception {
        citizenChannel();
        String reporter = "news-reporter-" + System.nanoTime();
        String watcher = "news-watcher-" + System.nanoTime();
        String neighbour = "news-neighbour-" + System.nanoTime();
        String faraway = "news-faraway-" + System.nanoTime();
        String gridWatcher = "news-grid-" + System.nanoTime();
        String number = TestCases.submitted("01-01-08", 29.8421, 114.3225, reporter);
        long caseId = TestInfra.count("select id from city_case where case_number = '" + number + "'");
        followCase(watcher, caseId);
        // the case lies in grid NEWS-G1, which one citizen follows
        TestInfra.execute("update city_case set grid_code = 'NEWS-G1', district_code = 'NEWS-D1' where id = " + caseId);
        TestInfra.execute("insert into subscription (account_id, kind, area_code, created_at) values ('" + gridWatcher
                + "', 'AREA', 'NEWS-G1', now()), ('" + faraway + "', 'AREA', 'NEWS-G2', now())");
        // a 300 m circle around a point 100 m north of the case, and one 2 km away
        TestInfra.execute("insert into subscription (account_id, kind, lat, lon, radius_m, min_lat, min_lon, max_lat, "
                + "max_lon, created_at) values ('" + neighbour + "', 'NEAR', 29.8430, 114.3225, 300, 29.8403, 114.3194, "
                + "29.8457, 114.3256, now()), ('" + faraway + "', 'NEAR', 29.8601, 114.3225, 300, 29.8574, 114.3194, "
                + "29.8628, 114.3256, now())");

        Instant t0 = Instant.parse("2031-05-06T02:00:00Z");
        domainCases.file(number, "已立案，将派遣处置", t0);
        deliver(t0.plusSeconds(5));

        for (String account : List.of(reporter, watcher, neighbour, gridWatcher)) {
            List<JsonNode> messages = messagesTo(account);
            assertEquals(1, messages.size(), account + " hears once");
            JsonNode item = messages.get(0).path("items").get(0);
            assertEquals(number, item.path("caseNumber").asText());
            assertEquals("FILED", item.path("state").asText());
            assertEquals("已立案，将派遣处置", item.path("note").asText());
            assertEquals(account.equals(neighbour) ? "NEAR" : account.equals(gridWatcher) ? "AREA" : "CASE",
                    item.path("reason").asText());
        }
        assertEquals(0, messagesTo(faraway).size(), "2 km away, in another grid");
        var delivery = RECEIVER.to("/citizens").stream().filter(d -> d.body().contains(reporter)).findFirst().get();
        assertEquals("citizen.news", delivery.header(WebhookSignature.TOPIC));
        assertEquals(RemindersTest.hmacSha256(SECRET, delivery.header(WebhookSignature.TIMESTAMP) + "."
                + delivery.body()), delivery.header(WebhookSignature.SIGNATURE), "signed with the channel's secret");
    }

    @Test
    void aCitizensNewsIsBatchedPerPassAndTheDailyCapHoldsTheRestBack() {
        citizenChannel();
        String busy = "news-busy-" + System.nanoTime();
        String first = TestCases.submitted("01-01-08", 29.8421, 114.3225, busy);
        String second = TestCases.submitted("01-01-08", 29.8421, 114.3225, busy);
        Instant t0 = Instant.parse("2031-06-03T02:00:00Z");
        domainCases.file(first, "已立案", t0);
        domainCases.file(second, "已立案", t0);
        deliver(t0.plusSeconds(5));
        List<JsonNode> messages = messagesTo(busy);
        assertEquals(1, messages.size(), "two cases' news in one message");
        assertEquals(2, messages.get(0).path("items").size());

        // nine more messages today reach the cap of ten: the next news waits for tomorrow
        TestInfra.execute("insert into citizen_notice (account_id, case_number, kind, state, reason, at, outbox_id, "
                + "sent_at) select '" + busy + "', 'XN-0', 'STATE', 'FILED', 'CASE', '" + t0 + "', -g, '"
                + t0.plusSeconds(10) + "' from generate_series(1, 9) g");
        String third = TestCases.submitted("01-01-08", 29.8421, 114.3225, busy);
        domainCases.file(third, "已立案", t0.plusSeconds(60));
        deliver(t0.plusSeconds(70));
        assertEquals(1, messagesTo(busy).size(), "capped for today");
        assertEquals(1, TestInfra.count("select count(*) from citizen_notice where account_id = '" + busy
                + "' and case_number = '" + third + "' and outbox_id is null"), "kept, not lost");

        deliver(t0.plusSeconds(86_400)); // the city's next day
        List<JsonNode> later = messagesTo(busy);
        assertEquals(2, later.size(), "tomorrow it goes out");
        assertTrue(later.get(1).toString().contains(third));
    }
}
