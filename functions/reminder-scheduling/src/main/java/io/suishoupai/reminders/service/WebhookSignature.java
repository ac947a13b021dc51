package io.suishoupai.reminders.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature a receiver checks: {@code X-Suishoupai-Signature: sha256=<hex>} where hex is
 * HMAC-SHA256(channel secret, timestamp + "." + body) and timestamp is {@code X-Suishoupai-Timestamp} (epoch
 * seconds). Receivers should also refuse timestamps more than five minutes old, and dedupe on
 * {@code X-Suishoupai-Delivery} (delivery is at least once).
 */
public final class WebhookSignature {

    public static final String SIGNATURE = "X-Suishoupai-Signature";
    public static final String TIMESTAMP = "X-Suishoupai-Timestamp";
    public static final String DELIVERY = "X-Suishoupai-Delivery";
    public static final String TOPIC = "X-Suishoupai-Topic";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
