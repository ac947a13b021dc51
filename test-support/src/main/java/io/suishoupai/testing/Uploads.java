package io.suishoupai.testing;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.suishoupai.shared.storage.MediaKeys;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.UploadSigner;

/**
 * Real uploads: presign with the application's own signer and PUT the bytes to the S3 server, exactly as a phone
 * does after sign-uploads.
 */
public final class Uploads {

    private Uploads() {
    }

    /** PUTs bytes to a presigned URL with the given Content-Type; returns the S3 server's answer. */
    public static Response put(URI url, String contentType, byte[] bytes) {
        return given()
                .config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().encodeContentTypeAs(contentType,
                                io.restassured.http.ContentType.BINARY)
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false)
                .contentType(contentType)
                .body(bytes)
                .put(url)
                .andReturn();
    }

    /**
     * A new key issued to the caller, as sign-uploads issues one: recorded in {@code upload_grant}, which is where
     * intake learns whose it is. Nothing is uploaded to it.
     */
    public static String keyFor(String callerId, MediaType type) {
        String key = MediaKeys.newKey(LocalDate.now(ZoneOffset.UTC), type);
        TestInfra.execute("insert into upload_grant (object_key, caller_id, signed_at) values ('" + key + "', '"
                + callerId.replace("'", "''") + "', now())");
        return key;
    }

    /** Issues and uploads one object for the caller; returns its key. */
    public static String upload(UploadSigner signer, String callerId, MediaType type, byte[] bytes) {
        return uploadAs(signer, keyFor(callerId, type), type, bytes);
    }

    /** Signs and uploads under a given key with the declared type. */
    public static String uploadAs(UploadSigner signer, String key, MediaType type, byte[] bytes) {
        var signed = signer.presignPut(key, type, bytes.length);
        Response response = put(signed.url(), type.contentType(), bytes);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("upload failed: " + response.statusCode() + " " + response.asString());
        }
        return key;
    }

    /** Two JPEG photos, the minimum a report needs. */
    public static List<String> twoPhotos(UploadSigner signer, String callerId) {
        List<String> keys = new ArrayList<>();
        keys.add(upload(signer, callerId, MediaType.JPEG, SampleMedia.jpeg(2048)));
        keys.add(upload(signer, callerId, MediaType.JPEG, SampleMedia.jpeg(3072)));
        return keys;
    }
}
