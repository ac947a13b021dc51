package io.suishoupai.triage.function;

import static io.restassured.RestAssured.given;
import static io.suishoupai.triage.function.Staff.ADMIN;
import static io.suishoupai.triage.function.Staff.HANDLER_SZC;
import static io.suishoupai.triage.function.Staff.INSPECTOR;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static io.suishoupai.triage.function.Staff.post;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.ControllableClock;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;

@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class DeadlineAndQueueTest {

    @Inject
    ControllableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String dispatchAt(String category, String instant, String department) {
        clock.set(Instant.parse(instant));
        String number = TestCases.submitted(category);
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", number, "departmentCode", department).then().statusCode(200);
        return number;
    }

    @Test
    void workingHoursSkipAHolidayAWeekendAndCountAMakeUpWorkingDay() {
        // 路灯不亮: 24 working hours. Thursday 2026-09-24 16:00 in Xianning; Friday 25th is Mid-Autumn (holiday),
        // Sunday 27th a make-up working day: 1.5 + 7 (Sun) + 7 (Mon) + 7 (Tue) + 1.5 (Wed) → Wed 10:00 (+08:00).
        clock.set(Instant.parse("2026-09-24T08:00:00Z"));
        String number = TestCases.submitted("01-01-08");
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", number).then().statusCode(200).body("deadline", equalTo("2026-09-30T02:00:00Z"));
    }

    @Test
    void aHolidaySavedCountsInTheVeryNextDeadline() {
        // the process keeps the calendar it read (Calendars.TTL); a save through it must clear that at once.
        // 路灯不亮, 24 working hours from Monday 2027-03-01 16:00 in Xianning: 1.5 + 7 (Tue) + 7 (Wed) + 7 (Thu)
        // + 1.5 → Friday 10:00; with Wednesday a holiday → the next Monday 10:00 (+08:00)
        String monday = "2027-03-01T08:00:00Z";
        assertEquals("2027-03-05T02:00:00Z", deadlineOfOneDispatchedAt(monday));
        try {
            post(ADMIN, "save-calendar-day", Map.of("day", "2027-03-03", "kind", "HOLIDAY", "name", "测试假日"))
                    .then().statusCode(200);
            assertEquals("2027-03-08T02:00:00Z", deadlineOfOneDispatchedAt(monday));
        } finally {
            post(ADMIN, "save-calendar-day", Map.of("day", "2027-03-03", "kind", "NORMAL")).then().statusCode(200);
        }
        assertEquals("2027-03-05T02:00:00Z", deadlineOfOneDispatchedAt(monday), "and its removal too");
    }

    private String deadlineOfOneDispatchedAt(String instant) {
        clock.set(Instant.parse(instant));
        String number = TestCases.submitted("01-01-08");
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        return act(SCREENER, "dispatch-case", number).then().statusCode(200).extract().path("deadline");
    }

    @Test
    void calendarHoursRunThroughNightsAndWeekends() {
        // 燃气泄漏: 1 calendar hour, dispatched on a Saturday night
        clock.set(Instant.parse("2026-09-26T14:30:00Z"));
        String number = TestCases.submitted("02-04-03");
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", number).then().statusCode(200).body("deadline", equalTo("2026-09-26T15:30:00Z"))
                .body("department.code", equalTo("RQGS"));
    }

    @Test
    void aDepartmentsQueueListsItsDispatchedCasesOverdueFirst() {
        String later = dispatchAt("01-01-08", "2026-11-02T01:00:00Z", "SZC");
        String overdue = dispatchAt("01-01-08", "2026-10-12T01:00:00Z", "SZC");
        String elsewhere = dispatchAt("01-01-08", "2026-10-12T01:00:00Z", "YLJ");
        clock.set(Instant.parse("2026-11-02T02:00:00Z"));
        var page = given().auth().oauth2(HANDLER_SZC).queryParam("queue", "DEPARTMENT").queryParam("size", 100)
                .get("/work-queue").then().statusCode(200).extract().jsonPath();
        var numbers = page.getList("items.caseNumber", String.class);
        org.junit.jupiter.api.Assertions.assertTrue(numbers.indexOf(overdue) >= 0 && numbers.indexOf(overdue) < numbers.indexOf(later),
                "overdue first: " + numbers);
        org.junit.jupiter.api.Assertions.assertFalse(numbers.contains(elsewhere), "only the own department");
        org.junit.jupiter.api.Assertions.assertEquals(true,
                page.getBoolean("items.find { it.caseNumber == '" + overdue + "' }.overdue"));
        org.junit.jupiter.api.Assertions.assertEquals(false,
                page.getBoolean("items.find { it.caseNumber == '" + later + "' }.overdue"));
    }

    @Test
    void queuesArePaginatedAndGuardedByRole() {
        for (int i = 0; i < 3; i++) {
            TestCases.submitted("01-04-02");
        }
        given().auth().oauth2(SCREENER).queryParam("queue", "SCREENING").queryParam("page", 0).queryParam("size", 2)
                .get("/work-queue").then().statusCode(200).body("items.size()", equalTo(2)).body("size", equalTo(2))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        given().auth().oauth2(INSPECTOR).queryParam("queue", "VERIFICATION").get("/work-queue").then().statusCode(200);
        given().auth().oauth2(INSPECTOR).queryParam("queue", "SCREENING").get("/work-queue").then().statusCode(403);
        given().auth().oauth2(HANDLER_SZC).queryParam("queue", "VERIFICATION").get("/work-queue").then().statusCode(403);
        given().auth().oauth2(SCREENER).queryParam("queue", "SCREENING").queryParam("size", 1000).get("/work-queue")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(SCREENER).get("/work-queue").then().statusCode(400);
        given().get("/work-queue?queue=SCREENING").then().statusCode(401);
    }

    @Test
    void pagesWalkTheWholeQueueInItsOrderWithTheTotalAndTheNames() {
        for (int day = 10; day < 15; day++) {
            dispatchAt("01-01-08", "2026-10-" + day + "T01:00:00Z", "SZC");
        }
        clock.set(Instant.parse("2026-11-02T02:00:00Z"));
        var all = given().auth().oauth2(HANDLER_SZC).queryParam("queue", "DEPARTMENT").queryParam("size", 100)
                .get("/work-queue").then().statusCode(200).extract().jsonPath();
        long total = all.getLong("total");
        var numbers = all.getList("items.caseNumber", String.class);
        org.junit.jupiter.api.Assertions.assertEquals(total, numbers.size(), "the total counts the whole queue");
        var deadlines = all.getList("items.deadline", String.class).stream().map(Instant::parse).toList();
        org.junit.jupiter.api.Assertions.assertEquals(deadlines.stream().sorted().toList(), deadlines, "by deadline");
        org.junit.jupiter.api.Assertions.assertTrue(all.getList("items.categoryName", String.class).stream()
                .allMatch(name -> name != null && !name.isBlank()), "each item names its category");
        org.junit.jupiter.api.Assertions.assertTrue(all.getList("items.grid", java.util.Map.class).stream()
                .allMatch(grid -> grid == null || grid.get("name") != null), "a grid is named where there is one");

        java.util.List<String> walked = new java.util.ArrayList<>();
        for (int page = 0; page * 2 < total + 2; page++) {
            var slice = given().auth().oauth2(HANDLER_SZC).queryParam("queue", "DEPARTMENT").queryParam("page", page)
                    .queryParam("size", 2).get("/work-queue").then().statusCode(200)
                    .body("total", equalTo((int) total)).extract().jsonPath();
            walked.addAll(slice.getList("items.caseNumber", String.class));
        }
        // the page past the end is empty and still says how long the queue is (asserted in the loop)
        org.junit.jupiter.api.Assertions.assertEquals(numbers, walked, "pages of two, in order, without gaps or repeats");
    }
}
