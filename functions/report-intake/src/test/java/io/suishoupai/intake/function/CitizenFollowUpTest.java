package io.suishoupai.intake.function;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/**
 * Issue #18, items 1–2: the reporter follows up on their own open case (the department, or the command centre,
 * hears of it); anyone else says "still there" once, and a duplicate's supporters count for its master.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class CitizenFollowUpTest {

    @Inject
    UploadSigner signer;

    static String reporter() {
        return "citizen-fu-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The department's and the command centre's webhooks, as an admin would have saved them. */
    static void channels() {
        TestInfra.execute("insert into notification_channel (owner_kind, owner_code, kind, url, secret) values "
                + "('DEPARTMENT', 'YLJ', 'WEBHOOK', 'http://127.0.0.1:9/ylj', 'a-secret-of-thirty-two-characters!'), "
                + "('COMMAND_CENTRE', '', 'WEBHOOK', 'http://127.0.0.1:9/centre', 'a-secret-of-thirty-two-characters!') "
                + "on conflict do nothing");
    }

    static long followUpsTo(String owner, String number) {
        return TestInfra.count("select count(*) from outbox o join notification_channel n on n.id = o.channel_id "
                + "where o.topic = 'case.follow-up' and n.owner_kind = '" + owner + "' and o.payload like '%" + number
                + "%'");
    }

    @Test
    void theReporterFollowsUpWithAPhotoAndTheDepartmentHearsOfIt() {
        channels();
        String me = reporter();
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, me);
        TestInfra.execute("update city_case set state = 'DISPATCHED', department_code = 'YLJ' where case_number = '"
                + number + "'");
        String photo = Uploads.upload(signer, me, MediaType.JPEG, SampleMedia.jpeg(2000));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("idempotencyKey", key, "caseNumber", number, "note", "树又歪了一些，快倒了",
                "media", List.of(photo));
        Calls.act(Tokens.citizen(me), "add-case-info", body).then().statusCode(200)
                .body("view", equalTo("REPORTER")).body("state", equalTo("DISPATCHED"))
                .body("timeline[-1].note", equalTo("市民补充：树又歪了一些，快倒了"))
                .body("timeline[-1].media", hasSize(1));
        // a retry with the same key is the same follow-up, once
        Calls.act(Tokens.citizen(me), "add-case-info", body).then().statusCode(200);
        assertEquals(1, TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id where "
                + "c.case_number = '" + number + "' and e.note like '市民补充%' and not e.public_note"),
                "a follow-up is for staff and the reporter");
        assertEquals(1, followUpsTo("DEPARTMENT", number));
        assertEquals("DISPATCHED", TestCases.state(number), "it moves nothing");
        // the public does not see it, not even as an empty step
        Calls.act(Tokens.citizen(reporter()), "support-case", Map.of("caseNumber", number)).then().statusCode(200)
                .body("view", equalTo("PUBLIC")).body("timeline", hasSize(1))
                .body("timeline[0].state", equalTo("SUBMITTED"));

        String screening = TestCases.submitted("01-04-02", 29.8421, 114.3225, me);
        Calls.act(Tokens.citizen(me), "add-case-info", Map.of("caseNumber", screening, "note", "补充：晚上更明显"))
                .then().statusCode(200);
        assertEquals(1, followUpsTo("COMMAND_CENTRE", screening), "before dispatch, the command centre hears");
    }

    @Test
    void onlyTheReporterOnlyOnAnOpenCaseAndOnlyWithANote() {
        String me = reporter();
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, me);
        Calls.act(Tokens.citizen(reporter()), "add-case-info", Map.of("caseNumber", number, "note", "不是我的"))
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_CASE"));
        Calls.act(Tokens.citizen(me), "add-case-info", Map.of("caseNumber", number)).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        TestInfra.execute("update city_case set state = 'CLOSED', outcome = 'RESOLVED' where case_number = '" + number + "'");
        Calls.act(Tokens.citizen(me), "add-case-info", Map.of("caseNumber", number, "note", "又坏了")).then()
                .statusCode(422).body("code", equalTo("CASE_NOT_OPEN"));
    }

    @Test
    void stillThereOncePerCitizenAndADuplicatesSupportersCountForItsMaster() {
        String master = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        String neighbour = reporter();
        Calls.act(Tokens.citizen(neighbour), "support-case", Map.of("caseNumber", master)).then().statusCode(200)
                .body("supporters", equalTo(1)).body("view", equalTo("PUBLIC"));
        Calls.act(Tokens.citizen(neighbour), "support-case", Map.of("caseNumber", master)).then().statusCode(409)
                .body("code", equalTo("ALREADY_SUPPORTED"));

        String reporterOfSecond = reporter();
        String second = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporterOfSecond);
        Calls.act(Tokens.citizen(reporterOfSecond), "support-case", Map.of("caseNumber", second)).then()
                .statusCode(409).body("code", equalTo("ALREADY_SUPPORTED"));
        Calls.act(Tokens.citizen(reporter()), "support-case", Map.of("caseNumber", second)).then().statusCode(200);
        // the screener merges the second report into the first: its supporter now counts for the master
        TestInfra.execute("update city_case set state = 'DUPLICATE', duplicate_of = '" + master + "' where case_number = '"
                + second + "'");
        Calls.act(Tokens.citizen(reporter()), "support-case", Map.of("caseNumber", master)).then().statusCode(200)
                .body("supporters", equalTo(3));
        Calls.act(Tokens.citizen(reporter()), "support-case", Map.of("caseNumber", second)).then().statusCode(422)
                .body("code", equalTo("CASE_NOT_OPEN"));
        Calls.act(Tokens.of("screener-fu", null, "screener"), "support-case", Map.of("caseNumber", master)).then()
                .statusCode(403);
    }
}
