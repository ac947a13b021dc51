package io.suishoupai.upload.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.abuse.AbuseLimits;
import io.suishoupai.shared.abuse.RateLimiter;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.FieldError;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.storage.MediaKeys;
import io.suishoupai.shared.storage.MediaLimits;
import io.suishoupai.shared.storage.MediaType;
import io.suishoupai.shared.storage.ObjectStore;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.storage.UploadSigner;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.upload.dto.SignUploadsRequest;
import io.suishoupai.upload.dto.SignUploadsResponse;

/** Checks what the caller wants to upload and signs one PUT URL per item under the caller's own prefix. */
@ApplicationScoped
public class UploadSigningService {

    @Inject
    UploadSigner signer;

    @Inject
    MediaLimits limits;

    @Inject
    SuishoupaiConfig config;

    @Inject
    AppClock clock;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    PendingUploads pendingUploads;

    @Inject
    ObjectStore store;

    /**
     * Blocking (worker thread): the caller's rate limit, the checks, the bucket's reachability, then the new keys
     * are recorded against the caller's pending-upload cap and signed.
     */
    public SignUploadsResponse sign(Caller caller, SignUploadsRequest request) {
        rateLimiter.check(caller.id(), AbuseLimits.SIGN_UPLOADS);
        List<SignUploadsRequest.Item> items = validate(request);
        store.requireReachable();
        Instant now = clock.now();
        LocalDate day = LocalDate.ofInstant(now, config.zone());
        List<String> keys = new ArrayList<>();
        List<MediaType> types = new ArrayList<>();
        for (SignUploadsRequest.Item item : items) {
            MediaType type = MediaType.ofContentType(item.contentType()).orElseThrow();
            types.add(type);
            keys.add(MediaKeys.newKey(day, type));
        }
        pendingUploads.grant(caller.id(), keys, now).await().atMost(Reactive.BLOCKING_WAIT);
        List<SignUploadsResponse.Upload> uploads = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            var signed = signer.presignPut(keys.get(i), types.get(i), items.get(i).contentLength());
            uploads.add(new SignUploadsResponse.Upload(keys.get(i), signed.url().toString(), "PUT", signed.headers(),
                    signed.expiresAt()));
        }
        return new SignUploadsResponse(uploads);
    }

    private List<SignUploadsRequest.Item> validate(SignUploadsRequest request) {
        InputCheck check = InputCheck.of(request);
        List<SignUploadsRequest.Item> items = request.items();
        check.require(items != null && !items.isEmpty(), "items", "is required: at least one item").orThrow();
        int max = config.media().maxItemsPerRequest();
        if (items.size() > max) {
            throw Problems.unprocessable(ErrorCode.TOO_MANY_ITEMS, "At most " + max + " uploads can be signed at once.");
        }
        List<FieldError> tooLarge = new ArrayList<>();
        List<FieldError> unsupported = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SignUploadsRequest.Item item = items.get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                check.require(false, at, "is required");
                continue;
            }
            check.present(item.kind(), at + ".kind")
                    .require(item.contentType() != null && !item.contentType().isBlank(), at + ".contentType",
                            "is required")
                    .require(item.contentLength() != null && item.contentLength() > 0, at + ".contentLength",
                            "must be a positive number of bytes");
            if (item.kind() == null || item.contentType() == null || item.contentLength() == null) {
                continue;
            }
            var type = MediaType.ofContentType(item.contentType());
            if (type.isEmpty() || type.get().kind() != item.kind()) {
                unsupported.add(new FieldError(at + ".contentType", "is not an accepted " + item.kind().name()
                        .toLowerCase() + " type"));
            } else if (item.contentLength() > limits.maxBytes(item.kind())) {
                tooLarge.add(new FieldError(at + ".contentLength", "exceeds the " + item.kind().name().toLowerCase()
                        + " limit of " + limits.maxBytes(item.kind()) + " bytes"));
            }
        }
        check.orThrow();
        if (!unsupported.isEmpty()) {
            throw Problems.unprocessable(ErrorCode.UNSUPPORTED_CONTENT_TYPE, "Accepted: photos as JPEG, PNG, WebP or HEIC; "
                    + "video as MP4; voice as AAC, M4A, MP3 or AMR.", unsupported);
        }
        if (!tooLarge.isEmpty()) {
            throw Problems.tooLarge(ErrorCode.MEDIA_TOO_LARGE, "An item is larger than its kind allows.", tooLarge);
        }
        return items;
    }
}
