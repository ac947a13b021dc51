package io.suishoupai.intake.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/** Issue #18, item 6: the ban list, and a report kept private from intake on. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class ReporterBlockTest {

    static final String ADMIN = Tokens.of("admin-ban", null, "admin");

    @Inject
    UploadSigner signer;

    @Test
    void aBlockedAccountIsToldWhyUntilTheBlockIsLifted() {
        String abuser = "citizen-ban-" + UUID.randomUUID().toString().substring(0, 8);
        String someCase = TestCases.submitted("01-04-02", 29.8421, 114.3225, "citizen-other");
        Calls.act(ADMIN, "block-reporter", Map.of("accountId", abuser, "reason", "多次拆分上报同一问题刷积分")).then()
                .statusCode(200).body("blockedBy", equalTo("admin-ban"));
        Calls.submit(Tokens.citizen(abuser), Calls.report(UUID.randomUUID().toString(),
                Uploads.twoPhotos(signer, abuser))).then().statusCode(403).body("code", equalTo("REPORTER_BLOCKED"))
                .body("detail", containsString("多次拆分上报同一问题刷积分"));
        Calls.act(Tokens.citizen(abuser), "support-case", Map.of("caseNumber", someCase)).then().statusCode(403)
                .body("code", equalTo("REPORTER_BLOCKED"));
        given().auth().oauth2(ADMIN).get("/list-blocked-reporters").then().statusCode(200)
                .body("accountId", hasItem(abuser));

        Calls.act(ADMIN, "unblock-reporter", Map.of("accountId", abuser)).then().statusCode(200);
        Calls.act(ADMIN, "unblock-reporter", Map.of("accountId", abuser)).then().statusCode(404);
        given().auth().oauth2(ADMIN).get("/list-blocked-reporters").then().body("accountId", not(hasItem(abuser)));
        Calls.act(Tokens.citizen(abuser), "support-case", Map.of("caseNumber", someCase)).then().statusCode(200);

        Calls.act(ADMIN, "block-reporter", Map.of("accountId", abuser, "reason", "x", "until", "2020-01-01T00:00:00Z"))
                .then().statusCode(400).body("errors[0].field", equalTo("until"));
        Calls.act(Tokens.citizen(abuser), "block-reporter", Map.of("accountId", "a", "reason", "x")).then()
                .statusCode(403);
        // a block that has run out blocks nothing
        TestInfra.execute("insert into reporter_block (account_id, reason, until, blocked_by, created_at) values ('"
                + abuser + "-old', '旧', '" + Instant.now().minusSeconds(60) + "', 'admin', now())");
        Calls.submit(Tokens.citizen(abuser + "-old"), Calls.report(UUID.randomUUID().toString(),
                Uploads.twoPhotos(signer, abuser + "-old"))).then().statusCode(200);
    }

    @Test
    void aReportMarkedPrivateAtIntakeIsStoredSo() {
        String me = "citizen-private-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> report = new java.util.HashMap<>(Calls.report(UUID.randomUUID().toString(),
                Uploads.twoPhotos(signer, me)));
        report.put("private", true);
        String number = Calls.submit(Tokens.citizen(me), report).then().statusCode(200).extract().path("caseNumber");
        assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + number
                + "' and is_private"));
        assertEquals(List.of(number), given().auth().oauth2(Tokens.citizen(me)).get("/my-subscriptions").then()
                .extract().jsonPath().getList("caseNumber", String.class), "the reporter follows it");
    }
}
