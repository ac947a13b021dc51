package io.suishoupai.upload.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.upload.dto.SignUploadsRequest;
import io.suishoupai.upload.dto.SignUploadsResponse;
import io.suishoupai.upload.service.UploadSigningService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * POST /sign-uploads: presigned PUT URLs. Citizens and staff sign report photos; handlers and inspectors sign
 * after-photos and verification photos. Rate-limited per caller, capped in pending (unattached) uploads, and
 * refused with 503 while the bucket cannot be reached.
 */
public class SignUploadsFunction {

    @Inject
    CallerResolver callers;

    @Inject
    UploadSigningService service;

    @Allowed({Role.CITIZEN, Role.STAFF, Role.HANDLER, Role.INSPECTOR, Role.SCREENER})
    @Operation(summary = "Presigned PUT URLs for a report's photos, video and voice, one per item")
    @Funq("sign-uploads")
    public SignUploadsResponse signUploads(SignUploadsRequest request) {
        var caller = callers.current();
        return service.sign(caller, request);
    }
}
