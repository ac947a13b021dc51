package io.suishoupai.reminders.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.suishoupai.testing.ControllableClock;
import io.suishoupai.testing.DomainCases;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/** A backlog of overdue cases is worked off a batch a run; a run never queues behind another. */
@QuarkusTest
@TestProfile(ReminderBacklogTest.SmallBatches.class)
@WithTestResource(SuishoupaiTestResource.class)
class ReminderBacklogTest {

    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suishoupai.reminders.batch", "2");
        }
    }

    static final String SCHEDULER = Tokens.of("eventbridge-backlog", null, "scheduler");

    @Inject
    DomainCases domainCases;

    @Inject
    ControllableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    ValidatableResponse run(Instant at) {
        clock.set(at);
        return given().auth().oauth2(SCHEDULER).contentType(ContentType.JSON).body(Map.of("at", at.toString()))
                .post("/run-reminders").then().statusCode(200);
    }

    static long overdueReminders(String number) {
        return RemindersTest.reminders(number, "OVERDUE");
    }

    @Test
    void aBacklogIsWorkedOffABatchARunTheLongestOverdueFirst() {
        // years before any other test's cases: at these instants only these five are overdue
        Instant t0 = Instant.parse("2019-03-04T01:00:00Z");
        List<String> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            oldestFirst.add(domainCases.dispatched("SZC", t0.plusSeconds(i * 86_400L), 4));
        }
        Instant at = t0.plusSeconds(60 * 86_400L);
        run(at).body("overdue", equalTo(2)).body("moreWaiting", equalTo(true)).body("remindersSkipped", equalTo(false));
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L), oldestFirst.stream().map(ReminderBacklogTest::overdueReminders).toList(),
                "the two longest overdue first");
        run(at.plusSeconds(60)).body("overdue", equalTo(2));
        run(at.plusSeconds(120)).body("overdue", equalTo(1)).body("moreWaiting", equalTo(false));
        run(at.plusSeconds(180)).body("overdue", equalTo(0)).body("escalated", equalTo(0));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), oldestFirst.stream().map(ReminderBacklogTest::overdueReminders).toList(),
                "each once");
    }

    @Test
    void aBacklogOfStageRunsIsToldABatchARunTheLongestOverdueFirst() {
        // filed years before any other test's cases, never dispatched: five dispatch stages long overdue
        Instant t0 = Instant.parse("2017-03-06T01:00:00Z");
        List<String> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            oldestFirst.add(domainCases.filed(t0.plusSeconds(i * 86_400L)));
        }
        Instant at = t0.plusSeconds(60 * 86_400L);
        run(at).body("stageOverdue", equalTo(2)).body("stageDueSoon", equalTo(0)).body("moreWaiting", equalTo(true));
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L), oldestFirst.stream().map(ReminderBacklogTest::stageReminders).toList(),
                "the two longest overdue first");
        run(at.plusSeconds(60)).body("stageOverdue", equalTo(2));
        run(at.plusSeconds(120)).body("stageOverdue", equalTo(1)).body("moreWaiting", equalTo(false));
        run(at.plusSeconds(180)).body("stageOverdue", equalTo(0));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), oldestFirst.stream().map(ReminderBacklogTest::stageReminders).toList(),
                "each once");
    }

    static long stageReminders(String number) {
        return TestInfra.count("select count(*) from stage_reminder r join case_stage s on s.id = r.stage_id "
                + "join city_case c on c.id = s.case_id where c.case_number = '" + number + "' and r.level = 'OVERDUE'");
    }

    @Test
    void aRunWhileAnotherHoldsTheRemindersSkipsThemInsteadOfQueueing() throws Exception {
        Instant t0 = Instant.parse("2018-03-05T01:00:00Z");
        String number = domainCases.dispatched("YLJ", t0, 4);
        Instant at = t0.plusSeconds(86_400);
        try (Connection other = TestInfra.connect()) {
            other.setAutoCommit(false);
            try (var lock = other.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(hashtextextended('reminders:run', 0))");
            }
            run(at).body("remindersSkipped", equalTo(true)).body("overdue", equalTo(0));
            assertEquals(0, overdueReminders(number));
            other.rollback();
        }
        run(at.plusSeconds(60)).body("remindersSkipped", equalTo(false)).body("overdue", equalTo(1));
        assertEquals(1, overdueReminders(number));
    }
}
