package io.suishoupai.intake.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.geo.GeoPoint;
import io.suishoupai.shared.storage.MediaKeys;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;

@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class SubmitReportFunctionTest {

    private static final String TREE = "01-04-02";

    @Inject
    UploadSigner signer;

    @Inject
    software.amazon.awssdk.services.s3.S3Client s3;

    @Inject
    io.suishoupai.shared.config.SuishoupaiConfig config;

    byte[] kept(String uploadKey) {
        return s3.getObjectAsBytes(b -> b.bucket(config.storage().bucket()).key(MediaKeys.keptKey(uploadKey)))
                .asByteArray();
    }

    static Response submit(String token, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/submit-report").andReturn();
    }

    static Map<String, Object> report(List<String> media, double lat, double lon) {
        Map<String, Object> body = new HashMap<>();
        body.put("idempotencyKey", UUID.randomUUID().toString());
        body.put("categoryCode", TREE);
        body.put("description", "金桂西路一棵行道树严重倾斜");
        body.put("location", Map.of("lat", lat, "lon", lon, "address", "咸安区金桂西路"));
        body.put("media", media);
        return body;
    }

    /** Rows in every table a submission writes to. */
    static List<Long> stored() {
        return List.of(TestInfra.count("select count(*) from city_case"),
                TestInfra.count("select count(*) from case_event"),
                TestInfra.count("select count(*) from case_media"),
                TestInfra.count("select count(*) from idempotency_record"));
    }

    private void refusedAndNothingStored(String token, Object body, int status, String code) {
        List<Long> before = stored();
        submit(token, body).then().statusCode(status).contentType("application/problem+json")
                .body("code", equalTo(code)).body("status", equalTo(status));
        assertEquals(before, stored(), "a refused request stores nothing");
    }

    @Test
    void aReportWithTwoUploadedPhotosBecomesASubmittedCase() {
        String me = "citizen-happy";
        List<String> photos = Uploads.twoPhotos(signer, me);
        List<Long> before = stored();
        submit(Tokens.citizen(me), report(photos, 29.8421, 114.3225)).then().statusCode(200)
                .body("caseNumber", matchesPattern("XN-\\d{8}-\\d{6}"))
                .body("state", equalTo("SUBMITTED"));
        List<Long> after = stored();
        assertEquals(before.get(0) + 1, after.get(0), "one case");
        assertEquals(before.get(1) + 1, after.get(1), "one event");
        assertEquals(before.get(2) + 2, after.get(2), "two media rows");
        assertEquals(1, TestInfra.count("select count(*) from city_case where reporter_id = '" + me
                + "' and source = 'CITIZEN' and state = 'SUBMITTED'"));
    }

    @Test
    void aStaffReportIsRecordedAsStaff() {
        String me = "staff-reporter";
        submit(Tokens.staff(me), report(Uploads.twoPhotos(signer, me), 29.85, 114.33)).then().statusCode(200);
        assertEquals(1, TestInfra.count("select count(*) from city_case where reporter_id = '" + me
                + "' and source = 'STAFF'"));
    }

    @Test
    void aReportNeedsTwoPhotos() {
        String me = "citizen-one-photo";
        String one = Uploads.upload(signer, me, MediaType.JPEG, SampleMedia.jpeg(1000));
        refusedAndNothingStored(Tokens.citizen(me), report(List.of(one), 29.84, 114.32), 422, "TOO_FEW_PHOTOS");
        String voice = Uploads.upload(signer, me, MediaType.MP3, SampleMedia.mp3(500));
        refusedAndNothingStored(Tokens.citizen(me), report(List.of(one, voice), 29.84, 114.32), 422,
                "TOO_FEW_PHOTOS");
    }

    @Test
    void aReportCarriesAtMostNineItems() {
        String me = "citizen-ten";
        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(Uploads.keyFor(me, MediaType.JPEG));
        }
        refusedAndNothingStored(Tokens.citizen(me), report(ten, 29.84, 114.32), 422, "TOO_MANY_ITEMS");
    }

    @Test
    void anotherCallersMediaIsRefused() {
        List<String> theirs = Uploads.twoPhotos(signer, "citizen-owner");
        refusedAndNothingStored(Tokens.citizen("citizen-thief"), report(theirs, 29.84, 114.32), 403,
                "MEDIA_NOT_OWNED");
    }

    @Test
    void mediaNeverUploadedIsRefused() {
        String me = "citizen-no-upload";
        List<String> keys = new ArrayList<>(Uploads.twoPhotos(signer, me));
        keys.add(Uploads.keyFor(me, MediaType.JPEG));
        refusedAndNothingStored(Tokens.citizen(me), report(keys, 29.84, 114.32), 422, "MEDIA_NOT_FOUND");
    }

    @Test
    void mediaAlreadyUsedByAnotherReportIsRefused() {
        String me = "citizen-reuse";
        List<String> photos = Uploads.twoPhotos(signer, me);
        submit(Tokens.citizen(me), report(photos, 29.84, 114.32)).then().statusCode(200);
        refusedAndNothingStored(Tokens.citizen(me), report(photos, 29.84, 114.32), 409, "MEDIA_ALREADY_USED");
    }

    /** Both may pass the check of the keys before either commits; the media rows' insert then refuses the second. */
    @Test
    void twoReportsSentAtOnceWithTheSamePhotosMakeOneCase() throws Exception {
        String me = "citizen-twice-at-once";
        List<String> photos = Uploads.twoPhotos(signer, me);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> submit(Tokens.citizen(me), report(photos, 29.84, 114.32)));
            var second = pool.submit(() -> submit(Tokens.citizen(me), report(photos, 29.84, 114.32)));
            List<Response> answers = List.of(first.get(), second.get());
            assertEquals(1, answers.stream().filter(r -> r.statusCode() == 200).count());
            Response refused = answers.stream().filter(r -> r.statusCode() != 200).findFirst().orElseThrow();
            assertEquals(409, refused.statusCode(), refused.asString());
            assertEquals("MEDIA_ALREADY_USED", refused.path("code"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestInfra.count("select count(*) from city_case where reporter_id = '" + me + "'"));
        assertEquals(2, TestInfra.count("select count(*) from case_media where object_key in ('" + photos.get(0)
                + "', '" + photos.get(1) + "')"));
    }

    @Test
    void anAcceptedPhotoCannotBeReplacedThroughItsStillValidUploadUrl() {
        String me = "citizen-swapper";
        List<String> photos = Uploads.twoPhotos(signer, me);
        Map<String, Object> first = report(photos, 29.84, 114.32);
        String number = submit(Tokens.citizen(me), first).then().statusCode(200).extract().path("caseNumber");
        byte[] accepted = kept(photos.get(0));

        // the upload URL lives ten minutes: put other bytes there, then send the key again
        Uploads.uploadAs(signer, photos.get(0), MediaType.JPEG, SampleMedia.jpeg(5000));
        submit(Tokens.citizen(me), report(photos, 29.84, 114.32)).then().statusCode(409)
                .body("code", equalTo("MEDIA_ALREADY_USED"));
        submit(Tokens.citizen(me), first).then().statusCode(200).body("caseNumber", equalTo(number)); // a replay
        org.junit.jupiter.api.Assertions.assertArrayEquals(accepted, kept(photos.get(0)),
                "the accepted case's kept photo was rewritten");
    }

    @Test
    void keptMediaCarryOnlyTheHeadersTheAppSets() {
        String me = "citizen-headers";
        byte[] voice = SampleMedia.mp3(600);
        String key = Uploads.keyFor(me, MediaType.MP3);
        var signed = signer.presignPut(key, MediaType.MP3, voice.length);
        given().config(io.restassured.config.RestAssuredConfig.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs("audio/mpeg",
                        ContentType.BINARY).appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false).contentType("audio/mpeg")
                .header("Content-Disposition", "attachment; filename=\"invoice.exe\"")
                .header("Cache-Control", "public, max-age=31536000").header("x-amz-meta-evil", "1")
                .body(voice).put(signed.url()).then().statusCode(200);
        List<String> media = new ArrayList<>(Uploads.twoPhotos(signer, me));
        media.add(key);
        submit(Tokens.citizen(me), report(media, 29.84, 114.32)).then().statusCode(200);

        var head = s3.headObject(b -> b.bucket(config.storage().bucket()).key(MediaKeys.keptKey(key)));
        org.junit.jupiter.api.Assertions.assertNull(head.contentDisposition(), "the uploader's Content-Disposition was kept");
        org.junit.jupiter.api.Assertions.assertNull(head.cacheControl(), "the uploader's Cache-Control was kept");
        org.junit.jupiter.api.Assertions.assertTrue(head.metadata().isEmpty(), "x-amz-meta-* was kept: " + head.metadata());
        assertEquals("audio/mpeg", head.contentType());
    }

    @Test
    void aPngDeclaredAsJpegIsRefusedByItsFirstBytes() {
        String me = "citizen-png";
        String png = Uploads.upload(signer, me, MediaType.JPEG, SampleMedia.png(2000));
        String jpeg = Uploads.upload(signer, me, MediaType.JPEG, SampleMedia.jpeg(2000));
        refusedAndNothingStored(Tokens.citizen(me), report(List.of(jpeg, png), 29.84, 114.32), 422,
                "MEDIA_MISMATCH");
    }

    @Test
    void pathTraversalInAMediaKeyIsRefused() {
        String me = "citizen-traversal";
        List<String> keys = new ArrayList<>(Uploads.twoPhotos(signer, me));
        keys.add("uploads/../../etc/passwd");
        refusedAndNothingStored(Tokens.citizen(me), report(keys, 29.84, 114.32), 400, "VALIDATION_FAILED");
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndAnotherBodyIsAConflict() {
        String me = "citizen-retry";
        Map<String, Object> body = report(Uploads.twoPhotos(signer, me), 29.84, 114.32);
        String first = submit(Tokens.citizen(me), body).then().statusCode(200).extract().path("caseNumber");
        List<Long> before = stored();
        submit(Tokens.citizen(me), body).then().statusCode(200).body("caseNumber", equalTo(first));
        assertEquals(before, stored(), "a replay changes nothing");

        Map<String, Object> other = new HashMap<>(body);
        other.put("description", "另一处问题");
        refusedAndNothingStored(Tokens.citizen(me), other, 409, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aWeChatPointInGcj02IsStoredAsTheTrueWgs84Point() {
        String me = "citizen-wechat";
        GeoPoint wgs = new GeoPoint(29.8421, 114.3225);
        GeoPoint gcj = CoordSystem.GCJ02.fromWgs84(wgs); // what wx.chooseLocation gives for the same place
        Map<String, Object> body = report(Uploads.twoPhotos(signer, me), gcj.lat(), gcj.lon());
        body.put("location", Map.of("lat", gcj.lat(), "lon", gcj.lon(), "address", "咸安区金桂西路",
                "coordSystem", "GCJ02"));
        String number = submit(Tokens.citizen(me), body).then().statusCode(200).extract().path("caseNumber");
        String[] stored = TestInfra.string("select lat || ',' || lon from city_case where case_number = '" + number
                + "'").split(",");
        GeoPoint kept = new GeoPoint(Double.parseDouble(stored[0]), Double.parseDouble(stored[1]));
        assertTrue(wgs.distanceMeters(kept) < 1, "stored " + kept + ", " + wgs.distanceMeters(kept) + " m from "
                + wgs + " (the GCJ-02 point itself is " + Math.round(wgs.distanceMeters(gcj)) + " m off)");
    }

    @Test
    void anUnknownCoordinateSystemIsRefused() {
        String me = "citizen-coords";
        Map<String, Object> body = report(Uploads.twoPhotos(signer, me), 29.84, 114.32);
        body.put("location", Map.of("lat", 29.84, "lon", 114.32, "coordSystem", "WGS-84"));
        refusedAndNothingStored(Tokens.citizen(me), body, 400, "VALIDATION_FAILED");
    }

    @Test
    void aLocationOutsideTheServiceAreaIsRefused() {
        String me = "citizen-beijing";
        refusedAndNothingStored(Tokens.citizen(me), report(Uploads.twoPhotos(signer, me), 39.9, 116.4), 422,
                "OUT_OF_SERVICE_AREA");
    }

    @Test
    void anUnknownCategoryIsRefused() {
        String me = "citizen-category";
        Map<String, Object> body = report(Uploads.twoPhotos(signer, me), 29.84, 114.32);
        body.put("categoryCode", "99-99-99");
        refusedAndNothingStored(Tokens.citizen(me), body, 422, "UNKNOWN_CATEGORY");
    }

    @Test
    void aRetiredCategoryIsRefusedAsUnknown() {
        String me = "citizen-retired-category";
        // a copy of a live category, switched off: retired categories stay for their old cases
        TestInfra.execute("insert into category select (jsonb_populate_record(null::category, to_jsonb(k) "
                + "|| '{\"code\": \"99-00-01\", \"active\": false}')).* from category k where code = '" + TREE + "'");
        try {
            Map<String, Object> body = report(Uploads.twoPhotos(signer, me), 29.84, 114.32);
            body.put("categoryCode", "99-00-01");
            refusedAndNothingStored(Tokens.citizen(me), body, 422, "UNKNOWN_CATEGORY");
        } finally {
            TestInfra.execute("delete from category where code = '99-00-01'");
        }
    }

    @Test
    void theDailyLimitIsEnforced() {
        String me = "citizen-busy";
        TestInfra.execute("insert into city_case (case_number, state, category_code, description, lat, lon, "
                + "reporter_id, source, created_at, updated_at) select 'XN-LIMIT-' || g, 'SUBMITTED', '" + TREE
                + "', 'x', 29.84, 114.32, '" + me + "', 'CITIZEN', now(), now() from generate_series(1, 20) g");
        refusedAndNothingStored(Tokens.citizen(me), report(Uploads.twoPhotos(signer, me), 29.84, 114.32), 429,
                "DAILY_LIMIT_REACHED");
    }

    /** The caller's lock is taken with the claim, and the count read after it: one place left, one report. */
    @Test
    void concurrentReportsOfOneCallerDoNotPassTheDailyLimitTogether() throws Exception {
        String me = "citizen-racing";
        TestInfra.execute("insert into city_case (case_number, state, category_code, description, lat, lon, "
                + "reporter_id, source, created_at, updated_at) select 'XN-RACE-' || g, 'SUBMITTED', '" + TREE
                + "', 'x', 29.84, 114.32, '" + me + "', 'CITIZEN', now(), now() from generate_series(1, 19) g");
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bodies.add(report(Uploads.twoPhotos(signer, me), 29.84, 114.32));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(bodies.size());
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                answers.add(pool.submit(() -> submit(Tokens.citizen(me), body).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, TestInfra.count("select count(*) from city_case where reporter_id = '" + me + "'"));
    }

    @Test
    void possibleDuplicatesNearbyAreListed() {
        String first = submit(Tokens.citizen("citizen-dup-1"),
                report(Uploads.twoPhotos(signer, "citizen-dup-1"), 29.9001, 114.2001))
                .then().statusCode(200).extract().path("caseNumber");
        submit(Tokens.citizen("citizen-dup-2"), report(Uploads.twoPhotos(signer, "citizen-dup-2"), 29.9002, 114.2002))
                .then().statusCode(200)
                .body("possibleDuplicates.caseNumber", hasItem(first))
                .body("possibleDuplicates[0].distanceMeters", org.hamcrest.Matchers.lessThan(50f));
        submit(Tokens.citizen("citizen-dup-3"), report(Uploads.twoPhotos(signer, "citizen-dup-3"), 29.95, 114.25))
                .then().statusCode(200).body("possibleDuplicates", empty());
    }

    @Test
    void callersNeedATokenAndAReportingRole() {
        Map<String, Object> body = report(List.of(), 29.84, 114.32);
        refusedAndNothingStored(null, body, 401, "UNAUTHENTICATED");
        refusedAndNothingStored(Tokens.of("handler-x", "SZC", "handler"), body, 403, "FORBIDDEN");
        String wrongKey = Tokens.claims("citizen-forged", null, "citizen")
                .sign(io.suishoupai.testing.Tokens.otherPrivateKey());
        refusedAndNothingStored(wrongKey, body, 401, "UNAUTHENTICATED");
    }

    @Test
    void malformedInputIsA400ProblemAndStoresNothing() {
        String token = Tokens.citizen("citizen-malformed");
        refusedAndNothingStored(token, "{\"categoryCode\":", 400, "MALFORMED_REQUEST");
        refusedAndNothingStored(token, "{\"idempotencyKey\":\"abcdefgh\",\"location\":{\"lat\":\"north\"}}", 400,
                "MALFORMED_REQUEST");
        Map<String, Object> body = report(List.of(), 29.84, 114.32);
        body.remove("description");
        body.put("idempotencyKey", null);
        List<Long> before = stored();
        submit(token, body).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("description")).body("errors.field", hasItem("idempotencyKey"));
        assertEquals(before, stored());
    }

    @Test
    void aCategoryWithAutoDispatchIsFiledAndDispatchedAtIntakeByItsRule() {
        String me = "citizen-auto";
        TestInfra.execute("update category set auto_dispatch = true where code = '02-01-02'");
        TestInfra.execute("insert into routing_rule (category_code, priority, department_code, description) "
                + "values ('02-01-02', 5, 'XAQ', 'overflowing bins go to the district')");
        try {
            Map<String, Object> body = report(Uploads.twoPhotos(signer, me), 29.84, 114.32);
            body.put("categoryCode", "02-01-02");
            String number = submit(Tokens.citizen(me), body).then().statusCode(200)
                    .body("state", equalTo("DISPATCHED")).extract().path("caseNumber");
            assertEquals(1, TestInfra.count("select count(*) from city_case c join routing_rule r on r.id = c.route_rule_id "
                    + "where c.case_number = '" + number + "' and c.department_code = 'XAQ' and c.deadline is not null"));
            assertEquals(3, TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id "
                    + "where c.case_number = '" + number + "' and (e.to_state = 'SUBMITTED' or e.actor_role = 'SYSTEM')"));
        } finally {
            TestInfra.execute("update category set auto_dispatch = false where code = '02-01-02'");
            TestInfra.execute("update routing_rule set active = false where category_code = '02-01-02'");
        }
    }

    @Test
    void listCategoriesIsPublicAndCoversTheSeed() {
        given().get("/list-categories").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(40))
                .body("find { it.code == '" + TREE + "' }.name", equalTo("行道树倾斜"))
                .body("find { it.code == '" + TREE + "' }.nameEn", equalTo("Leaning street tree"))
                .body("find { it.code == '" + TREE + "' }.kind", equalTo("COMPONENT"))
                .body("find { it.code == '" + TREE + "' }.group", equalTo("园林绿化"))
                .body("find { it.code == '" + TREE + "' }.timeLimitHours", equalTo(24))
                .body("findAll { it.kind == 'EVENT' }", hasSize(greaterThanOrEqualTo(20)));
        List<String> codes = given().get("/list-categories").then().extract().jsonPath().getList("code", String.class);
        assertEquals(codes.stream().sorted().toList(), codes, "by code");
    }

    @Test
    void aRetiredCategoryIsNotListed() {
        TestInfra.execute("insert into category select (jsonb_populate_record(null::category, to_jsonb(k) "
                + "|| '{\"code\": \"98-00-01\", \"active\": false}')).* from category k where code = '" + TREE + "'");
        try {
            given().get("/list-categories").then().statusCode(200).body("find { it.code == '98-00-01' }", nullValue())
                    .body("find { it.code == '" + TREE + "' }.code", equalTo(TREE));
        } finally {
            TestInfra.execute("delete from category where code = '98-00-01'");
        }
    }
}
