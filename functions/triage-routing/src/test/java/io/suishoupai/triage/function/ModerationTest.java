package io.suishoupai.triage.function;

import static io.suishoupai.triage.function.Staff.HANDLER_YLJ;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.shared.points.Gaming;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.ObjectStore;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

/** Issue #18, item 6: hiding, editing the public text, private cases, redacted photos, and gaming's points. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class ModerationTest {

    static final String LEADER = Tokens.of("leader-m", null, "leader");

    @Inject
    UploadSigner signer;

    @Inject
    ObjectStore store;

    static String reporter() {
        return "citizen-mod-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static long events(String number, String pattern) {
        return TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id where "
                + "c.case_number = '" + number + "' and not e.public_note and e.note like '" + pattern + "'");
    }

    @Test
    void aScreenerHidesEditsAndMakesPrivateWithAReasonInTheStaffLog() {
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        act(SCREENER, "moderate-case", number, "hidden", true, "reason", "含他人车牌").then().statusCode(200)
                .body("hidden", equalTo(true)).body("hiddenReason", equalTo("含他人车牌"));
        act(SCREENER, "moderate-case", number, "description", "路边行道树倾斜", "reason", "删去个人信息").then()
                .statusCode(200).body("description", equalTo("路边行道树倾斜")).body("edited", equalTo(true));
        assertEquals(1, events(number, "审核：公开描述已修改，原文：测试问题；理由：删去个人信息"), "the original is kept");
        act(SCREENER, "moderate-case", number, "hidden", false, "reason", "已处理").then().statusCode(200)
                .body("hidden", equalTo(false));
        act(SCREENER, "moderate-case", number, "private", true, "reason", "涉及邻里纠纷").then().statusCode(200)
                .body("private", equalTo(true));
        assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + number
                + "' and is_private and not hidden and edited"));

        act(SCREENER, "moderate-case", number, "private", false, "reason", "x").then().statusCode(400)
                .body("errors[0].field", equalTo("private"));
        act(SCREENER, "moderate-case", number, "hidden", true).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        act(SCREENER, "moderate-case", number, "reason", "x").then().statusCode(400);
        act(HANDLER_YLJ, "moderate-case", number, "hidden", true, "reason", "x").then().statusCode(403);
    }

    /**
     * triage-routing writes a case as a row (no Hibernate session): a change that is not a move writes only the
     * columns it changed, as one version; a change that changes nothing writes nothing.
     */
    @Test
    void aChangeThatIsNoMoveIsOneVersionAndOneThatChangesNothingIsNone() {
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        String before = row(number);
        act(SCREENER, "moderate-case", number, "hidden", true, "reason", "含他人车牌").then().statusCode(200)
                .body("version", equalTo(1)).body("state", equalTo("SUBMITTED"));
        act(SCREENER, "moderate-case", number, "hidden", true, "reason", "再次确认").then().statusCode(200)
                .body("version", equalTo(1));
        assertEquals(before.replace("\"hidden\":false", "\"hidden\":true")
                .replace("\"hidden_reason\":null", "\"hidden_reason\":\"含他人车牌\"")
                .replace("\"version\":0", "\"version\":1"), row(number).replaceAll(
                        "\"updated_at\":\"[^\"]*\"", before.replaceAll(".*(\"updated_at\":\"[^\"]*\").*", "$1")),
                "hidden, its reason, the time and the version changed; nothing else did");
    }

    /** The case's row as JSON (its columns in table order). */
    static String row(String number) {
        return TestInfra.string("select row_to_json(c)::text from city_case c where case_number = '" + number + "'");
    }

    @Test
    void aRedactedPhotoIsACopyWithTheRegionBlackedOutAndRegionsOutsideAreRefused() throws Exception {
        String handler = "handler-ylj";
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, reporter());
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        act(SCREENER, "dispatch-case", number, "departmentCode", "YLJ").then().statusCode(200);
        String photo = Uploads.upload(signer, handler, MediaType.JPEG, SampleMedia.picture("jpg", 320, 240));
        act(HANDLER_YLJ, "report-disposal", number, "note", "已处理", "media", List.of(photo)).then().statusCode(200);

        act(SCREENER, "redact-media", number, "objectKey", photo, "regions",
                List.of(Map.of("x", 300, "y", 200, "w", 40, "h", 10))).then().statusCode(422)
                .body("code", equalTo("REGION_OUTSIDE_IMAGE"));
        act(SCREENER, "redact-media", number, "objectKey", "uploads/2026/01/01/not-this-cases.jpg", "regions",
                List.of(Map.of("x", 0, "y", 0, "w", 4, "h", 4))).then().statusCode(422)
                .body("code", equalTo("MEDIA_NOT_FOUND"));
        act(SCREENER, "redact-media", number, "objectKey", photo, "regions", List.of()).then().statusCode(400);
        act(HANDLER_YLJ, "redact-media", number, "objectKey", photo, "regions",
                List.of(Map.of("x", 0, "y", 0, "w", 4, "h", 4))).then().statusCode(403);

        act(SCREENER, "redact-media", number, "objectKey", photo, "regions",
                List.of(Map.of("x", 10, "y", 20, "w", 100, "h", 50))).then().statusCode(200)
                .body("media.find { it.key == '" + photo + "' }.redacted", equalTo(true));
        String copy = TestInfra.string("select redacted_key from case_media where object_key = '" + photo + "'");
        assertTrue(copy.startsWith("media/redacted/"), copy);
        var image = ImageIO.read(new ByteArrayInputStream(store.readAll(copy).orElseThrow()));
        int inside = image.getRGB(50, 40) & 0xFFFFFF;
        int outside = image.getRGB(300, 200) & 0xFFFFFF;
        assertTrue(((inside >> 16) & 0xFF) < 20, "black inside the region");
        assertTrue(((outside >> 16) & 0xFF) > 230, "untouched outside");
        assertEquals(1, events(number, "照片已打码（1 处）"));
    }

    @Test
    void gamingReadsPlainlyAndTakesBackTheReportsPoints() {
        String citizen = reporter();
        String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, citizen);
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        long earned = TestInfra.count("select coalesce(sum(delta), 0) from points_entry where account_id = '" + citizen
                + "' and case_number = '" + number + "'");
        assertTrue(earned > 0, "filing earned points");
        act(LEADER, "void-case", number, "reason", "GAMING").then().statusCode(200)
                .body("timeline[-1].note", equalTo(Gaming.PUBLIC_NOTE));
        assertEquals(0, TestInfra.count("select coalesce(sum(delta), 0) from points_entry where account_id = '"
                + citizen + "' and case_number = '" + number + "'"), "reversed");
        assertEquals(0, TestInfra.count("select balance from points_account where account_id = '" + citizen + "'"));

        String split = TestCases.submitted("01-04-02", 29.8421, 114.3225, citizen);
        act(SCREENER, "screen-case", split, "decision", "NOT_FILE", "reason", "GAMING").then().statusCode(200)
                .body("timeline[-1].note", equalTo(Gaming.PUBLIC_NOTE));
    }
}
