package io.suishoupai.reminders.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/** The monthly bulletin's numbers against the cases in the database. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class BulletinTest {

    static final String ADMIN = Tokens.of("admin-b", null, "admin");
    static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    static void june(String number, String department, String created, String... states) {
        TestInfra.execute("insert into city_case (case_number, state, category_code, description, lat, lon, reporter_id, "
                + "source, department_code, dispatched_at, deadline, created_at, updated_at, street_code) values ('" + number
                + "', '" + states[states.length - 1] + "', '01-01-08', 'bulletin', 29.84, 114.32, 'c', 'CITIZEN', '" + department
                + "', timestamptz '" + created + "' + interval '1 hour', timestamptz '" + created + "' + interval '25 hours', '"
                + created + "', '" + created + "', " + ("SZC".equals(department) ? "'BT-STREET'" : "null") + ")");
        String from = null;
        int minutes = 0;
        for (String to : states) {
            TestInfra.execute("insert into case_event (case_id, at, actor_id, actor_role, from_state, to_state, public_note) "
                    + "select id, created_at + interval '" + (minutes += 30) + " minutes', 'x', '"
                    + ("DISPATCHED".equals(to) && "DISPOSED".equals(from) ? "INSPECTOR" : "SCREENER") + "', "
                    + (from == null ? "null" : "'" + from + "'") + ", '" + to + "', true from city_case where case_number = '"
                    + number + "'");
            from = to;
        }
    }

    static void channel(String kind, String code, String path) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("ownerKind", kind, "url", RECEIVER.url(path),
                "secret", "bulletin-secret-0123456789"));
        if (code != null) {
            body.put("ownerCode", code);
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/save-channel").then().statusCode(200);
    }

    @Test
    void aFinishedMonthsBulletinMatchesTheCasesAndIsSentOnce() {
        june("XN-20260603-000001", "SZC", "2026-06-03T02:00:00Z", "SUBMITTED", "FILED", "DISPATCHED", "DISPOSED", "CLOSED");
        june("XN-20260610-000002", "SZC", "2026-06-10T02:00:00Z", "SUBMITTED", "FILED", "DISPATCHED");
        june("XN-20260611-000003", "SZC", "2026-06-11T02:00:00Z", "SUBMITTED", "NOT_FILED");
        june("XN-20260612-000004", "YLJ", "2026-06-12T02:00:00Z", "SUBMITTED", "FILED", "DISPATCHED", "DISPOSED",
                "DISPATCHED", "DISPOSED", "CLOSED");
        june("XN-20260620-000005", "YLJ", "2026-06-20T02:00:00Z", "SUBMITTED", "FILED", "DISPATCHED", "DISPOSED", "CLOSED");
        june("XN-20260629-000006", "YLJ", "2026-06-29T02:00:00Z", "SUBMITTED", "FILED", "DISPATCHED", "RETURNED");
        june("XN-20260701-000007", "YLJ", "2026-06-30T17:00:00Z", "SUBMITTED"); // 1 July in Xianning: not June
        TestInfra.execute("insert into case_reminder (case_id, level, dispatched_at, at) select id, 'OVERDUE', "
                + "dispatched_at, now() from city_case where case_number = 'XN-20260610-000002'");
        channel("DEPARTMENT", "SZC", "/b-szc");
        channel("DEPARTMENT", "YLJ", "/b-ylj");
        channel("COMMAND_CENTRE", null, "/b-centre");

        JsonPath b = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("month", "2026-06"))
                .post("/generate-bulletin").then().statusCode(200).body("month", equalTo("2026-06"))
                .body("notificationsQueued", equalTo(3)).extract().jsonPath();
        assertEquals(3, b.getInt("stats.rows.find { it.key == 'SZC' }.counts.received"));
        assertEquals(2, b.getInt("stats.rows.find { it.key == 'SZC' }.counts.filed"));
        assertEquals(1, b.getInt("stats.rows.find { it.key == 'SZC' }.counts.closed"));
        assertEquals(1, b.getInt("stats.rows.find { it.key == 'SZC' }.counts.escalations"));
        assertEquals(3, b.getInt("stats.rows.find { it.key == 'YLJ' }.counts.received"), "the 1 July case is not June's");
        assertEquals(2, b.getInt("stats.rows.find { it.key == 'YLJ' }.counts.closed"));
        assertEquals(1, b.getInt("stats.rows.find { it.key == 'YLJ' }.counts.reworks"));
        assertEquals(2, b.getInt("stats.rows.find { it.key == 'YLJ' }.indicators.dispatchAccuracy.numerator"));
        assertEquals(3, b.getInt("stats.rows.find { it.key == 'YLJ' }.indicators.dispatchAccuracy.denominator"));
        // the same numbers straight from the database
        assertEquals(TestInfra.count("select count(*) from city_case where department_code = 'YLJ' and created_at >= "
                + "'2026-05-31T16:00:00Z' and created_at < '2026-06-30T16:00:00Z'"),
                (long) b.getInt("stats.rows.find { it.key == 'YLJ' }.counts.received"));
        // and per street of the unit grid: the SZC cases lie in one street, the others in none
        assertEquals("STREET", b.getString("streets.groupBy"));
        assertEquals(3, b.getInt("streets.rows.find { it.key == 'BT-STREET' }.counts.received"));
        assertEquals("未划分", b.getString("streets.rows.find { it.key == 'NONE' }.name"));
        String csv = b.getString("csv");
        assertTrue(csv.startsWith("department_code,department,received,"), csv);
        assertTrue(csv.contains("\"YLJ\",\"市园林绿化管理局\",3,3,3,3,2,1,0,0,"), csv);

        given().auth().oauth2(Tokens.of("eb", null, "scheduler")).contentType(ContentType.JSON)
                .body(Map.of("at", Instant.now().toString())).post("/deliver-notifications").then().statusCode(200);
        assertEquals(1, RECEIVER.to("/b-szc").size());
        assertTrue(RECEIVER.to("/b-szc").get(0).body().contains("\"month\":\"2026-06\""));
        assertTrue(!RECEIVER.to("/b-szc").get(0).body().contains("\"YLJ\""), "a department gets its own row");
        assertEquals(1, RECEIVER.to("/b-centre").size());

        long outbox = TestInfra.count("select count(*) from outbox where topic = 'bulletin.monthly'");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("month", "2026-06"))
                .post("/generate-bulletin").then().statusCode(200).body("csv", equalTo(csv))
                .body("notificationsQueued", org.hamcrest.Matchers.nullValue());
        assertEquals(outbox, TestInfra.count("select count(*) from outbox where topic = 'bulletin.monthly'"));

        given().auth().oauth2(ADMIN).queryParam("month", "2026-06").get("/get-bulletin").then().statusCode(200)
                .body("csv", startsWith("department_code")).body("xlsx", org.hamcrest.Matchers.nullValue())
                .body("stats.rows.find { it.key == 'YLJ' }.rank", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(ADMIN).queryParam("month", "2026-06").queryParam("format", "pdf").get("/get-bulletin")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));

        // the workbook, as a spreadsheet program opens it: the ranking first, then departments and streets
        String xlsx = given().auth().oauth2(Tokens.of("leader-b", null, "leader")).queryParam("month", "2026-06")
                .queryParam("format", "xlsx").get("/get-bulletin").then().statusCode(200).extract().path("xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(xlsx)))) {
            assertEquals(List.of("排名", "部门", "街道"), List.of(book.getSheetName(0), book.getSheetName(1),
                    book.getSheetName(2)));
            var ranking = book.getSheetAt(0);
            assertEquals("排名", ranking.getRow(0).getCell(0).getStringCellValue());
            assertEquals("综合指标值", ranking.getRow(0).getCell(3).getStringCellValue());
            assertEquals(1.0, ranking.getRow(1).getCell(0).getNumericCellValue(), "first place first");
            var departments = book.getSheetAt(1);
            java.util.Map<String, org.apache.poi.ss.usermodel.Row> byCode = new java.util.HashMap<>();
            departments.forEach(r -> byCode.put(r.getCell(0).getStringCellValue(), r));
            assertEquals("市园林绿化管理局", byCode.get("YLJ").getCell(1).getStringCellValue());
            assertEquals(b.getInt("stats.rows.find { it.key == 'YLJ' }.counts.received"),
                    (int) byCode.get("YLJ").getCell(2).getNumericCellValue(), "the same figures as the JSON and CSV");
            assertEquals(csv.lines().count(), departments.getPhysicalNumberOfRows(), "one row per CSV line");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        given().auth().oauth2(ADMIN).get("/list-bulletins").then().statusCode(200).body("month", org.hamcrest.Matchers.hasItem("2026-06"));
    }

    @Test
    void onlyFinishedMonthsAndRealMonths() {
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("month", thisMonth))
                .post("/generate-bulletin").then().statusCode(422).body("code", equalTo("MONTH_NOT_OVER"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("month", "2026-13"))
                .post("/generate-bulletin").then().statusCode(400);
        given().auth().oauth2(ADMIN).queryParam("month", "1999-01").get("/get-bulletin").then().statusCode(404);
        given().auth().oauth2(Tokens.citizen("c")).get("/list-bulletins").then().statusCode(403);
    }
}
