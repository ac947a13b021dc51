package io.suishoupai.points.function;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

import static io.restassured.RestAssured.given;

/**
 * A rating on points-redemption alone, where no Hibernate session exists: the reopening move is the shared journal's,
 * written in a pool transaction — the case, its event, its listeners' notice and the rating commit together.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class RatingTest {

    static final AtomicInteger SERIAL = new AtomicInteger();

    /** A citizen's case, closed as resolved an hour ago, with the events that brought it there. */
    static String closedCase(String reporter) {
        String number = "RT-20261201-" + String.format("%06d", SERIAL.incrementAndGet());
        TestInfra.execute("insert into city_case (case_number, state, outcome, category_code, description, lat, lon, "
                + "reporter_id, source, department_code, created_at, updated_at) values ('" + number + "', 'CLOSED', "
                + "'RESOLVED', '01-01-08', 'rating', 29.84, 114.32, '" + reporter + "', 'CITIZEN', 'SZC', "
                + "now() - interval '2 days', now() - interval '1 hour')");
        TestInfra.execute("insert into case_event (case_id, at, actor_id, actor_role, from_state, to_state, "
                + "public_note) select id, now() - interval '1 hour', 'x', 'SCREENER', 'DISPOSED', 'CLOSED', true "
                + "from city_case "
                + "where case_number = '" + number + "'");
        return number;
    }

    static ValidatableResponse rate(String reporter, String number, int score) {
        return given().auth().oauth2(Tokens.citizen(reporter)).contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", UUID.randomUUID().toString(), "caseNumber", number, "score", score,
                        "comment", "又坏了"))
                .post("/rate-case").then();
    }

    static long count(String where, String number) {
        return TestInfra.count("select count(*) from " + where.replace("$case",
                "(select id from city_case where case_number = '" + number + "')"));
    }

    @Test
    void aPoorRatingReopensTheCaseInOneTransaction() {
        String number = closedCase("rater-1");
        // its reporter follows it, and citizens' news has a channel: the move's notice is the listeners' work
        TestInfra.execute("insert into subscription (account_id, kind, case_id, created_at) select 'rater-1', 'CASE', "
                + "id, now() from city_case where case_number = '" + number + "'");
        TestInfra.execute("insert into notification_channel (owner_kind, owner_code, kind, url, secret) values "
                + "('CITIZEN', '', 'WEBHOOK', 'http://127.0.0.1:9/news', 'rating-test-secret-0123456789') "
                + "on conflict do nothing");
        rate("rater-1", number, 1).statusCode(200).body("reopened", equalTo(true));

        assertEquals("DISPATCHED|null|1", TestInfra.string("select state || '|' || coalesce(outcome, 'null') || '|' "
                + "|| version from city_case where case_number = '" + number + "'"), "moved, and its version with it");
        assertEquals(1, count("case_event where case_id = $case and from_state = 'CLOSED' and to_state = 'DISPATCHED' "
                + "and actor_role = 'CITIZEN' and note like '%1 分%'", number), "one event for the move");
        assertEquals(1, TestInfra.count("select count(*) from citizen_notice where account_id = 'rater-1' "
                + "and case_number = '" + number + "' and state = 'DISPATCHED'"), "its follower hears of it");
        assertEquals(1, count("case_rating where case_id = $case and reopened and score = 1", number));

        rate("rater-1", number, 2).statusCode(422); // it is not closed any more
    }

    @Test
    void aGoodRatingIsKeptAndASecondIsRefused() {
        String number = closedCase("rater-2");
        rate("rater-2", number, 5).statusCode(200).body("reopened", equalTo(false));
        assertEquals("CLOSED|0", TestInfra.string("select state || '|' || version from city_case where case_number = '"
                + number + "'"));
        rate("rater-2", number, 1).statusCode(409).body("code", equalTo("ALREADY_RATED"));
        rate("someone-else", number, 5).statusCode(403).body("code", equalTo("NOT_YOUR_CASE"));
        assertEquals(1, count("case_rating where case_id = $case", number));
    }
}
