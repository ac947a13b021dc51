package io.suishoupai.reminders.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Known answers, computed outside Java (Python's hmac and hashlib), so a receiver written in any language can check
 * its own implementation against the same vectors.
 */
class WebhookSignatureTest {

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        assertEquals("sha256=09ebde4b074ce938c0a1192d21ceb6d35569566cee76e95139876780c6c69775",
                WebhookSignature.sign("a-shared-secret-of-32-characters!", 1700000000L,
                        "{\"caseNumber\":\"XN-20231114-000001\",\"level\":\"DUE_SOON\"}"));
    }

    @Test
    void secretAndBodyAreUtf8() {
        assertEquals("sha256=cc6d5781f3f621446672d143de64cdf7626e192af7c73c835d1981697a5f394a",
                WebhookSignature.sign("密钥-secret", 1700000001L, "{\"note\":\"行道树倾斜\"}"));
    }
}
