package io.suishoupai.triage.function;

import static io.restassured.RestAssured.given;
import static io.suishoupai.triage.function.Staff.HANDLER_YLJ;
import static io.suishoupai.triage.function.Staff.INSPECTOR;
import static io.suishoupai.triage.function.Staff.SCREENER;
import static io.suishoupai.triage.function.Staff.act;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Uploads;

/**
 * Issue #17, the on-site check (核实): a screener sends an inspector; found, the case is screened again; not found,
 * it is not filed with the inspector's note as the reason. This city requires the check for hotline cases.
 */
@QuarkusTest
@TestProfile(OnSiteCheckTest.HotlineIsChecked.class)
@WithTestResource(SuishoupaiTestResource.class)
class OnSiteCheckTest {

    public static class HotlineIsChecked implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suishoupai.triage.check-required-sources", "HOTLINE");
        }
    }

    @Inject
    UploadSigner signer;

    static String checking(String source) {
        String number = TestCases.submitted("01-04-02");
        TestInfra.execute("update city_case set source = '" + source + "' where case_number = '" + number + "'");
        act(SCREENER, "screen-case", number, "decision", "CHECK").then().statusCode(200).body("state", equalTo("CHECKING"));
        return number;
    }

    static List<String> queue(String token, String queue) {
        return given().auth().oauth2(token).queryParam("queue", queue).queryParam("size", 100).get("/work-queue").then()
                .statusCode(200).extract().jsonPath().getList("items.caseNumber", String.class);
    }

    @Test
    void foundTheCaseIsScreenedAgainWithTheCheckForStaff() {
        String number = checking("CITIZEN");
        assertEquals(true, queue(INSPECTOR, "CHECK").contains(number), "in the inspectors' check queue");
        assertEquals(false, queue(SCREENER, "SCREENING").contains(number), "out of the screener's while checked");

        String photo = Uploads.upload(signer, "inspector-1", MediaType.JPEG, SampleMedia.jpeg(1200));
        act(INSPECTOR, "report-check", number, "found", true, "note", "现场确认：树干倾斜约30度", "media", List.of(photo))
                .then().statusCode(200).body("state", equalTo("SUBMITTED"))
                .body("timeline.note", hasItem("现场确认：树干倾斜约30度"));
        assertEquals(1, TestInfra.count("select count(*) from case_media m join city_case c on c.id = m.case_id "
                + "where c.case_number = '" + number + "' and m.stage = 'CHECK'"));
        assertEquals(1, TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + number + "' and e.from_state = 'CHECKING' and not e.public_note"),
                "the inspector's note stays with staff");
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200).body("state", equalTo("FILED"));
    }

    @Test
    void notFoundTheCaseIsNotFiledWithTheInspectorsNoteAsTheReason() {
        String number = checking("CITIZEN");
        act(INSPECTOR, "report-check", number, "found", false).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        act(INSPECTOR, "report-check", number, "found", false, "note", "现场未发现倾斜的树").then().statusCode(200)
                .body("state", equalTo("NOT_FILED"));
        assertEquals(1, TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + number + "' and e.to_state = 'NOT_FILED' and e.public_note "
                + "and e.note = '现场未发现倾斜的树'"));
    }

    @Test
    void aSourceThatMustBeCheckedIsNotFiledUntilFound() {
        String number = TestCases.submitted("01-04-02");
        TestInfra.execute("update city_case set source = 'HOTLINE' where case_number = '" + number + "'");
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(422)
                .body("code", equalTo("CHECK_REQUIRED"));
        act(SCREENER, "screen-case", number, "decision", "CHECK").then().statusCode(200);
        act(INSPECTOR, "report-check", number, "found", true).then().statusCode(200);
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(200);
        // a citizen's report in this city is filed directly
        String citizens = TestCases.submitted("01-04-02");
        act(SCREENER, "screen-case", citizens, "decision", "FILE").then().statusCode(200);
    }

    @Test
    void onlyACaseBeingCheckedTakesACheckAndOnlyFromAnInspector() {
        String submitted = TestCases.submitted("01-04-02");
        act(INSPECTOR, "report-check", submitted, "found", true).then().statusCode(422)
                .body("code", equalTo("INVALID_TRANSITION"));
        String number = checking("CITIZEN");
        act(HANDLER_YLJ, "report-check", number, "found", true).then().statusCode(403);
        act(SCREENER, "screen-case", number, "decision", "FILE").then().statusCode(422)
                .body("code", equalTo("INVALID_TRANSITION"));
        assertEquals(false, queue(INSPECTOR, "CHECK").contains(submitted));
    }
}
