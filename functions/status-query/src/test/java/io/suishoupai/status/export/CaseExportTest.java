package io.suishoupai.status.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/** Issue #18, item 7: staff export a search as CSV or XLSX, streamed; nobody else may. */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class CaseExportTest {

    static final String SCREENER = Tokens.of("screener-x", null, "screener");
    static String first;

    @BeforeAll
    static void threeCasesInOneDistrict() {
        if (first != null) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            String number = TestCases.submitted("01-04-02", 29.8421, 114.3225, "citizen-export");
            TestInfra.execute("update city_case set district_code = 'EXP-D1', grid_code = 'EXP-G" + i
                    + "', department_code = 'YLJ', state = 'DISPATCHED', description = '=HYPERLINK(\"x\") 第" + i
                    + "件' where case_number = '" + number + "'");
            first = first == null ? number : first;
        }
    }

    @Test
    void csvHasTheHeaderAndOneDefusedLinePerCase() {
        byte[] body = given().auth().oauth2(SCREENER).get("/export-cases?format=csv&district=EXP-D1&state=DISPATCHED")
                .then().statusCode(200).header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")).extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"案件编号\",\"状态\",\"结果\",\"来源\""), csv.substring(0, 40));
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size(), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"" + first + "\",\"DISPATCHED\"")), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\") 第0件\""), "a formula is defused: " + csv);
        assertTrue(csv.contains("\"EXP-G1\""), "the grid is a column");
        assertTrue(csv.contains("\"YLJ\""), "the department");
    }

    @Test
    void xlsxIsAWorkbookWithARowPerCase() throws Exception {
        byte[] body = given().auth().oauth2(Tokens.of("leader-x", null, "leader"))
                .get("/export-cases?format=xlsx&district=EXP-D1").then().statusCode(200).extract().asByteArray();
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(sheet != null && sheet.contains("<row r=\"4\">") && !sheet.contains("<row r=\"5\">"), sheet);
        assertTrue(sheet.contains(first));
    }

    @Test
    void aHandlerExportsTheirOwnDepartmentOnlyAndOthersNothing() {
        String csv = given().auth().oauth2(Tokens.of("handler-szc", "SZC", "handler"))
                .get("/export-cases?district=EXP-D1&department=YLJ").then().statusCode(200).extract().asString();
        assertEquals(1, csv.lines().count(), "the header only: the cases are YLJ's");
        String ylj = given().auth().oauth2(Tokens.of("handler-ylj", "YLJ", "handler"))
                .get("/export-cases?district=EXP-D1").then().statusCode(200).extract().asString();
        assertEquals(4, ylj.lines().count());

        given().get("/export-cases").then().statusCode(401);
        given().auth().oauth2(Tokens.citizen("c-x")).get("/export-cases").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(SCREENER).get("/export-cases?format=pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        given().auth().oauth2(SCREENER).get("/export-cases?state=SLEEPING").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().auth().oauth2(SCREENER).get("/export-cases?from=yesterday").then().statusCode(400);
    }
}
