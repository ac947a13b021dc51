package io.suishoupai.allinone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.suishoupai.shared.storage.MediaKeys;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.testing.Calls;
import io.suishoupai.testing.SampleMedia;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;
import io.suishoupai.testing.Uploads;
import io.suishoupai.testing.DomainCases;

/**
 * Photos as people see them: views carry short-lived links to the kept objects, photos are kept without their
 * EXIF (a phone writes the GPS position into each), the public sees only after-photos and only stripped ones, and a
 * photo that cannot be parsed (so cannot be cleaned) is refused before anything is kept.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class PhotoPrivacyTest {

    @Inject
    DomainCases domainCases;

    @Inject
    UploadSigner signer;

    @Test
    void reportPhotosAreKeptWithoutGpsAndLinkedForTheReporterAndStaffOnly() {
        String citizen = "photo-" + UUID.randomUUID();
        byte[] original = SampleMedia.jpegWithGps(4000);
        List<String> photos = List.of(Uploads.upload(signer, citizen, MediaType.JPEG, original),
                Uploads.upload(signer, citizen, MediaType.JPEG, SampleMedia.jpegWithGps(3000)));
        String caseNumber = Calls.submit(Tokens.citizen(citizen), Calls.report(UUID.randomUUID().toString(), photos))
                .then().statusCode(200).extract().path("caseNumber");

        Response mine = given().auth().oauth2(Tokens.citizen(citizen)).get("/get-case?caseNumber=" + caseNumber);
        mine.then().statusCode(200).body("media", hasSize(2));
        byte[] kept = download(urlsByKey(mine).get(photos.get(0))); // views list media by key, not by upload order
        assertEquals(0xFF, kept[0] & 0xFF);
        assertEquals(0xD8, kept[1] & 0xFF);
        assertFalse(new String(kept, StandardCharsets.ISO_8859_1).contains(SampleMedia.GPS_TEXT), "GPS kept");
        assertTrue(kept.length < original.length && kept.length > original.length - 60, "only the EXIF segment went");

        Response staff = given().auth().oauth2(Tokens.of("s-photo", null, "screener")).get("/get-case?caseNumber="
                + caseNumber);
        assertNotNull(staff.path("media[1].url"));
        download(staff.path("media[1].url"));
        given().get("/get-case?caseNumber=" + caseNumber).then().statusCode(200).body("media", hasSize(0));
    }

    @Test
    void afterPhotosArePublicWithoutGpsAndAHeicIsListedWithoutALink() {
        String caseNumber = domainCases.dispatched("YLJ", Instant.now(), 24);
        String handlerId = "h-photo-" + UUID.randomUUID();
        String jpeg = Uploads.upload(signer, handlerId, MediaType.JPEG, SampleMedia.jpegWithGps(3500));
        String heic = Uploads.upload(signer, handlerId, MediaType.HEIC, SampleMedia.heic(3000));
        Calls.act(Tokens.of(handlerId, "YLJ", "handler"), "report-disposal", Map.of("caseNumber", caseNumber,
                "note", "已扶正加固", "media", List.of(jpeg, heic))).then().statusCode(200)
                .body("state", equalTo("DISPOSED"));

        Response publicView = given().get("/get-case?caseNumber=" + caseNumber);
        publicView.then().statusCode(200).body("media", hasSize(2)).body("media[0].stage", equalTo("DISPOSAL"));
        Map<String, String> urls = urlsByKey(publicView);
        assertNull(urls.get(heic), "HEIC keeps its metadata: no public link");
        byte[] kept = download(urls.get(jpeg));
        assertFalse(new String(kept, StandardCharsets.ISO_8859_1).contains(SampleMedia.GPS_TEXT), "GPS published");

        Map<String, String> staffUrls = urlsByKey(given().auth().oauth2(Tokens.of("s-photo", null, "screener"))
                .get("/get-case?caseNumber=" + caseNumber));
        assertNotNull(staffUrls.get(heic));
        download(staffUrls.get(heic));
    }

    @Test
    void aPhotoThatCannotBeParsedIsRefusedAndNothingIsKept() {
        String citizen = "photo-broken-" + UUID.randomUUID();
        byte[] headerOnly = SampleMedia.jpeg(3000);
        headerOnly[20] = 0x00; // where the scan's marker should be: the structure breaks after the JFIF header
        String good = Uploads.upload(signer, citizen, MediaType.JPEG, SampleMedia.jpeg(2000));
        String broken = Uploads.upload(signer, citizen, MediaType.JPEG, headerOnly);

        Calls.submit(Tokens.citizen(citizen), Calls.report(UUID.randomUUID().toString(), List.of(good, broken)))
                .then().statusCode(422).body("code", equalTo("MEDIA_UNREADABLE"));
        assertEquals(0, TestInfra.count("select count(*) from city_case where reporter_id = '" + citizen + "'"));
        for (String key : List.of(good, broken)) {
            given().urlEncodingEnabled(false).get(signer.presignGet(MediaKeys.keptKey(key))).then().statusCode(404);
        }
    }

    @Test
    void aTamperedLinkIsRefusedByStorage() {
        String citizen = "photo-tamper-" + UUID.randomUUID();
        String caseNumber = Calls.submit(Tokens.citizen(citizen), Calls.report(UUID.randomUUID().toString(),
                Uploads.twoPhotos(signer, citizen))).then().statusCode(200).extract().path("caseNumber");
        String url = given().auth().oauth2(Tokens.citizen(citizen)).get("/get-case?caseNumber=" + caseNumber)
                .path("media[0].url");
        String otherObject = url.replace(".jpg?", "x.jpg?");
        given().urlEncodingEnabled(false).get(URI.create(otherObject)).then().statusCode(403);
    }

    static byte[] download(String url) {
        assertNotNull(url, "no link");
        Response r = given().urlEncodingEnabled(false).get(URI.create(url));
        assertEquals(200, r.statusCode(), r.asString());
        return r.asByteArray();
    }

    static Map<String, String> urlsByKey(Response view) {
        List<Map<String, String>> media = view.path("media");
        Map<String, String> urls = new java.util.HashMap<>();
        media.forEach(m -> urls.put(m.get("key"), m.get("url")));
        return urls;
    }
}
