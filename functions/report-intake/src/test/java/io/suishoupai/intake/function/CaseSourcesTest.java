package io.suishoupai.intake.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/**
 * Issue #17, sources: an inspector's report is a patrol report (SUPERVISOR); a screener registers what arrives by
 * phone, from leadership, another department, the media or the cameras (register-case), with or without photos and
 * with a contact; none of these earns points or counts against the public's daily limit.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class CaseSourcesTest {

    @Inject
    UploadSigner signer;

    static Response post(String token, String function, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/" + function).andReturn();
    }

    static Map<String, Object> registration(String source, List<String> media) {
        Map<String, Object> body = new HashMap<>();
        body.put("idempotencyKey", UUID.randomUUID().toString());
        body.put("source", source);
        body.put("categoryCode", "01-04-02");
        body.put("description", "市民来电：金桂西路行道树倾斜，请尽快处理");
        body.put("location", Map.of("lat", 29.8421, "lon", 114.3225, "address", "咸安区金桂西路"));
        body.put("media", media);
        body.put("contact", Map.of("name", "王先生", "phone", "138 0000 1234"));
        return body;
    }

    static String sourceOf(String caseNumber) {
        return TestInfra.string("select source from city_case where case_number = '" + caseNumber + "'");
    }

    @Test
    void anInspectorsReportIsAPatrolReport() {
        String me = "inspector-patrol";
        Map<String, Object> body = SubmitReportFunctionTest.report(Uploads.twoPhotos(signer, me), 29.8421, 114.3225);
        String number = post(Tokens.of(me, null, "inspector"), "submit-report", body).then().statusCode(200)
                .extract().path("caseNumber");
        assertEquals("SUPERVISOR", sourceOf(number));
        assertEquals("INSPECTOR", TestInfra.string("select actor_role from case_event e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + number + "'"));
    }

    @Test
    void aScreenerRegistersAHotlineCallWithoutPhotosAndItsContactStaysWithStaff() {
        String me = "screener-hotline";
        String number = post(Tokens.of(me, null, "screener"), "register-case", registration("HOTLINE", null)).then()
                .statusCode(200).body("state", equalTo("SUBMITTED")).extract().path("caseNumber");
        assertEquals("HOTLINE", sourceOf(number));
        assertEquals("王先生|138 0000 1234", TestInfra.string("select contact_name || '|' || contact_phone from city_case "
                + "where case_number = '" + number + "'"));
        assertEquals("SCREENER", TestInfra.string("select actor_role from case_event e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + number + "'"));
    }

    @Test
    void aRegistrationMayCarryTheScreenersPhotos() {
        String me = "screener-media";
        String number = post(Tokens.of(me, null, "screener"), "register-case",
                registration("MEDIA", Uploads.twoPhotos(signer, me))).then().statusCode(200).extract().path("caseNumber");
        assertEquals(2, TestInfra.count("select count(*) from case_media m join city_case c on c.id = m.case_id "
                + "where c.case_number = '" + number + "'"));
    }

    @Test
    void onlyTheRegisteredSourcesMayBeRegisteredAndEveryProblemIsNamedAtOnce() {
        String screener = Tokens.of("screener-bad", null, "screener");
        long before = TestInfra.count("select count(*) from city_case");
        for (String source : new String[] {"CITIZEN", "SUPERVISOR", "OPEN311", "hotline", "RADIO", ""}) {
            post(screener, "register-case", registration(source, null)).then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("source"));
        }
        Map<String, Object> bad = registration("VIDEO", null);
        bad.put("description", "");
        bad.put("contact", Map.of("name", "某".repeat(51), "phone", "call me"));
        post(screener, "register-case", bad).then().statusCode(400)
                .body("errors.field", hasItem("description")).body("errors.field", hasItem("contact.name"))
                .body("errors.field", hasItem("contact.phone"));
        assertEquals(before, TestInfra.count("select count(*) from city_case"), "nothing stored");
    }

    @Test
    void aRetryIsTheSameRegistrationAndAnotherBodyUnderTheSameKeyIsRefused() {
        String screener = Tokens.of("screener-retry", null, "screener");
        Map<String, Object> body = registration("LEADERSHIP", null);
        String first = post(screener, "register-case", body).then().statusCode(200).extract().path("caseNumber");
        assertEquals(first, post(screener, "register-case", body).then().statusCode(200).extract().path("caseNumber"));
        body.put("source", "DEPARTMENT");
        post(screener, "register-case", body).then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void registeringIsTheScreenersAlone() {
        for (String role : new String[] {"citizen", "staff", "inspector", "handler", "admin", "leader"}) {
            post(Tokens.of("u-" + role, "YLJ", role), "register-case", registration("HOTLINE", null)).then()
                    .statusCode(403);
        }
    }

    @Test
    void aScreenerRegistersMoreThanTheDailyLimitOfAPublicReporter() {
        String screener = Tokens.of("screener-busy-day", null, "screener");
        // the daily limit in tests is below this; the per-minute rate is not reached
        TestInfra.execute("insert into city_case (case_number, state, category_code, description, lat, lon, reporter_id, "
                + "source, created_at, updated_at) select 'XN-DAY-' || g, 'SUBMITTED', '01-04-02', '登记', 29.84, 114.32, "
                + "'screener-busy-day', 'HOTLINE', now(), now() from generate_series(1, 50) g");
        post(screener, "register-case", registration("HOTLINE", null)).then().statusCode(200);
    }
}
