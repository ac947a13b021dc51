package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.suishoupai.testing.Open311Forms;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * Open311 GeoReport v2 against the spec: every JSON answer validates against the spec's JSON Schemas, every XML
 * answer parses, errors come in the spec's format with the right status.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class Open311Test {

    static final String ADMIN = Tokens.of("admin-311", null, "admin");
    static final ObjectMapper JSON = new ObjectMapper();
    static String apiKey;

    /** Issued through the admin function before each test (REST Assured knows the test port only then). */
    @org.junit.jupiter.api.BeforeEach
    void issueKey() {
        if (apiKey != null) {
            return;
        }
        apiKey = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("clientName", "FixMyStreet 咸宁"))
                .post("/create-api-key").then().statusCode(200).body("apiKey", startsWith("ssp_"))
                .extract().path("apiKey");
    }

    static void valid(String schema, String body) {
        JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(
                SchemaLocation.of("classpath:open311/" + schema),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        try {
            Set<ValidationMessage> errors = s.validate(JSON.readTree(body));
            assertTrue(errors.isEmpty(), schema + ": " + errors + " in " + body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static Document xml(String body) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    static Response post(Map<String, ?> form, String format) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post("/open311/v2/requests." + format).andReturn();
    }

    static Map<String, Object> form(Object... changes) {
        return Open311Forms.request(apiKey, changes);
    }

    @Test
    void discoveryAndServices() {
        given().get("/open311/v2/discovery.json").then().statusCode(200).body("endpoints[0].specification",
                equalTo("http://wiki.open311.org/GeoReport_v2"));
        assertEquals("discovery", xml(given().get("/open311/v2/discovery.xml").asString()).getDocumentElement().getTagName());

        String services = given().get("/open311/v2/services.json").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();
        valid("services.json", services);
        Document servicesXml = xml(given().get("/open311/v2/services.xml").then().statusCode(200)
                .contentType(startsWith("text/xml")).extract().asString());
        assertTrue(servicesXml.getElementsByTagName("service").getLength() >= 40);

        valid("service-definition.json", given().get("/open311/v2/services/01-04-02.json").then().statusCode(200)
                .extract().asString());
        xml(given().get("/open311/v2/services/01-04-02.xml").then().statusCode(200).extract().asString());
        given().get("/open311/v2/services/99-99-99.json").then().statusCode(404).body("[0].code", equalTo(404));
    }

    @Test
    void aClientSubmitsAndFollowsARequest() {
        Response created = post(form(), "json");
        created.then().statusCode(200).body("[0].service_request_id", startsWith("XN-"));
        String id = created.path("[0].service_request_id");
        String token = created.path("[0].token");
        assertEquals(1, TestInfra.count("select count(*) from city_case where case_number = '" + id
                + "' and source = 'OPEN311' and external_media_url = 'https://example.org/photos/123.jpg'"));

        String one = given().get("/open311/v2/requests/" + id + ".json").then().statusCode(200)
                .body("[0].status", equalTo("open")).body("[0].service_code", equalTo("02-05-03"))
                .body("[0].media_url", equalTo("https://example.org/photos/123.jpg"))
                .extract().asString();
        valid("requests.json", one);
        valid("request.json", JSON.valueToTree(given().get("/open311/v2/requests/" + id + ".json").jsonPath()
                .getList("$").get(0)).toString());
        Document oneXml = xml(given().get("/open311/v2/requests/" + id + ".xml").then().statusCode(200).extract().asString());
        assertEquals("service_requests", oneXml.getDocumentElement().getTagName());
        assertEquals(id, oneXml.getElementsByTagName("service_request_id").item(0).getTextContent());

        given().get("/open311/v2/tokens/" + token + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(id));
        xml(given().get("/open311/v2/tokens/" + token + ".xml").then().statusCode(200).extract().asString());

        String list = given().queryParam("service_code", "02-05-03").queryParam("status", "open")
                .get("/open311/v2/requests.json").then().statusCode(200).extract().asString();
        valid("requests.json", list);
        assertTrue(list.contains(id));
        given().queryParam("service_request_id", id + ",XN-20990101-000001").get("/open311/v2/requests.json").then()
                .statusCode(200).body("size()", equalTo(1));
        xml(given().get("/open311/v2/requests.xml").then().statusCode(200).extract().asString());
    }

    @Test
    void aRejectedReportIsClosedWithItsReasonAsStatusNotes() {
        String id = post(form("service_code", "02-02-01", "media_url", null), "json").then().statusCode(200)
                .extract().path("[0].service_request_id");
        given().auth().oauth2(Tokens.of("screener-311", null, "screener")).contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", "open311-screen-1", "caseNumber", id, "decision", "NOT_FILE",
                        "reason", "已于上周清理"))
                .post("/screen-case").then().statusCode(200);
        String body = given().get("/open311/v2/requests/" + id + ".json").then().statusCode(200)
                .body("[0].status", equalTo("closed")).body("[0].status_notes", equalTo("已于上周清理"))
                .extract().asString();
        valid("requests.json", body);
    }

    @Test
    void errorsComeInTheSpecsFormat() {
        post(form("api_key", null), "json").then().statusCode(403).body("[0].code", equalTo(403));
        post(form("api_key", "ssp_not-a-key"), "json").then().statusCode(403);
        post(form("lat", "north"), "json").then().statusCode(400).body("[0].code", equalTo(400));
        // the spec documents 400 and 404, and error texts name what the client sent
        post(form("lat", "39.9", "long", "116.4"), "json").then().statusCode(400).body("[0].code", equalTo(400));
        post(form("service_code", "99-99-99"), "json").then().statusCode(404).body("[0].code", equalTo(404))
                .body("[0].description", org.hamcrest.Matchers.containsString("service_code"));
        post(form("service_code", null), "json").then().statusCode(400)
                .body("[0].description", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("service_code"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("categoryCode"))));
        post(form("media_url", "javascript:alert(1)"), "json").then().statusCode(400);
        post(form("description", null), "json").then().statusCode(400);
        Document error = xml(post(form("api_key", null), "xml").then().statusCode(403).extract().asString());
        assertEquals("errors", error.getDocumentElement().getTagName());
        assertEquals("403", error.getElementsByTagName("code").item(0).getTextContent());
        given().contentType(ContentType.JSON).body("{}").post("/open311/v2/requests.json").then().statusCode(400);
        given().get("/open311/v2/requests/XN-20990101-000001.json").then().statusCode(404).body("[0].code", equalTo(404));
        given().queryParam("start_date", "last tuesday").get("/open311/v2/requests.json").then().statusCode(400);
        given().get("/open311/v2/nothing.json").then().statusCode(404);
        given().get("/open311/v2/services").then().statusCode(404);
    }

    @Test
    void whatFixMyStreetAndOtherFieldClientsSendIsServed() {
        // a key of its own: the per-key rate limit (10 a minute) must not meet the other tests' submissions
        String key = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("clientName", "FixMyStreet 实地"))
                .post("/create-api-key").then().statusCode(200).extract().path("apiKey");
        // a Chinese description of 3000 characters: ~27 KB percent-encoded, over Vert.x's 2 KB form-field default
        String longText = "人行道上堆满建筑材料，影响通行。".repeat(200);
        String id = post(form("api_key", key, "description", longText), "json").then().statusCode(200)
                .extract().path("[0].service_request_id");
        assertEquals(longText, TestInfra.string("select description from city_case where case_number = '" + id + "'"));
        post(form("api_key", key, "description", "长".repeat(4001)), "json").then().statusCode(400).body("[0].code", equalTo(400));

        // multipart/form-data, as FixMyStreet sends it with uploads on
        var multipart = given();
        form("api_key", key, "email", "multipart@example.org").forEach((k, v) -> multipart.multiPart(k, v.toString()));
        String viaMultipart = multipart.post("/open311/v2/requests.json").then().statusCode(200)
                .extract().path("[0].service_request_id");

        // arguments in the query string of a POST, as the reference docs declare some of them
        Map<String, Object> body = form("api_key", null, "service_code", null);
        String viaQuery = given().queryParam("api_key", key).queryParam("service_code", "02-05-03")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(body).post("/open311/v2/requests.json").then()
                .statusCode(200).extract().path("[0].service_request_id");

        // a reporter known only by phone (or name) is a reporter of their own, not the key's anonymous one
        String byPhone = post(form("api_key", key, "email", null, "phone", "13800000001"), "json").then().statusCode(200)
                .extract().path("[0].service_request_id");
        String byName = post(form("api_key", key, "email", null, "first_name", "小", "last_name", "王"), "json").then().statusCode(200)
                .extract().path("[0].service_request_id");
        assertTrue(TestInfra.string("select reporter_id from city_case where case_number = '" + byPhone + "'")
                .endsWith(":phone:13800000001"));
        assertTrue(TestInfra.string("select reporter_id from city_case where case_number = '" + byName + "'")
                .endsWith(":name:小 王"));

        // the update poller's long GET: every id it has sent, 600 of them (~13 KB of query string)
        StringBuilder ids = new StringBuilder(id + "," + viaMultipart + "," + viaQuery);
        for (int i = 0; i < 597; i++) {
            ids.append(",XN-20990101-").append(100000 + i);
        }
        given().queryParam("service_request_id", ids.toString()).get("/open311/v2/requests.json").then()
                .statusCode(200).body("size()", equalTo(3));
        StringBuilder tooMany = new StringBuilder(id);
        for (int i = 0; i < 1000; i++) {
            tooMany.append(",XN-20990101-").append(200000 + i);
        }
        given().queryParam("service_request_id", tooMany.toString()).get("/open311/v2/requests.json").then()
                .statusCode(400).body("[0].description", org.hamcrest.Matchers.containsString("at most 1000"));
    }

    @Test
    void fixMyStreetFollowsOurCasesThroughServiceRequestUpdates() {
        String since = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).minusMinutes(10)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String id = post(form("service_code", "02-02-01", "media_url", null), "json").then().statusCode(200)
                .extract().path("[0].service_request_id");
        given().auth().oauth2(Tokens.of("screener-311", null, "screener")).contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", "open311-updates-" + id, "caseNumber", id, "decision", "NOT_FILE",
                        "reason", "不属于城市管理范围"))
                .post("/screen-case").then().statusCode(200);

        Response json = given().queryParam("start_date", since).get("/open311/v2/servicerequestupdates.json");
        json.then().statusCode(200);
        List<Map<String, Object>> mine = json.jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(u -> id.equals(u.get("service_request_id"))).toList();
        assertEquals(List.of("open", "no_further_action"), mine.stream().map(u -> u.get("status")).toList());
        assertEquals("不属于城市管理范围", mine.get(1).get("description"));
        assertTrue(mine.get(0).get("update_id") instanceof String && mine.get(0).get("updated_datetime") != null);

        Document xml = xml(given().queryParam("start_date", since).get("/open311/v2/servicerequestupdates.xml")
                .then().statusCode(200).extract().asString());
        assertEquals("service_requests_updates", xml.getDocumentElement().getTagName());
        assertTrue(xml.getElementsByTagName("request_update").getLength() >= 2);

        given().queryParam("start_date", "2020-01-01T00:00:00Z").queryParam("end_date", "2020-03-01T00:00:00Z")
                .get("/open311/v2/servicerequestupdates.json").then().statusCode(400).body("[0].code", equalTo(400));
    }

    @Test
    void discoveryAnnouncesTheConfiguredAddressWhateverHostACallerSends() {
        given().header("Host", "evil.example").get("/open311/v2/discovery.json").then().statusCode(200)
                .body("endpoints[0].url", equalTo("http://localhost:8080/open311/v2"));
    }

    @Test
    void aRevokedKeyStopsWorking() {
        var created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("clientName", "short-lived"))
                .post("/create-api-key").then().statusCode(200).extract();
        String key = created.path("apiKey");
        int id = created.path("id");
        post(form("api_key", key), "json").then().statusCode(200);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("id", id)).post("/revoke-api-key")
                .then().statusCode(200).body("revokedAt", org.hamcrest.Matchers.notNullValue());
        post(form("api_key", key), "json").then().statusCode(403);
        given().auth().oauth2(ADMIN).get("/list-api-keys").then().statusCode(200)
                .body("find { it.id == " + id + " }.apiKey", org.hamcrest.Matchers.nullValue());
        assertEquals(0, TestInfra.count("select count(*) from api_key where key_hash = '" + key + "'"),
                "keys are stored hashed");
        given().auth().oauth2(Tokens.citizen("c-311")).contentType(ContentType.JSON).body(Map.of("clientName", "x"))
                .post("/create-api-key").then().statusCode(403);
    }
}
