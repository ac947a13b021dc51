package io.suishoupai.intake.open311;

import io.vertx.core.MultiMap;

/**
 * The keys an Open311 submission is counted under, made here only: the reporter's caller id (their own daily
 * report quota under the client's key, and the case's reporter id) and the client's rate-limit key.
 */
final class Open311Reporter {

    private static final String PREFIX = "open311:";

    private Open311Reporter() {
    }

    /** {@code open311:<key id>:<who>}: never shown publicly. */
    static String callerId(long apiKeyId, MultiMap form) {
        return PREFIX + apiKeyId + ":" + who(form);
    }

    /** One rate limit per client (api key). */
    static String clientKey(long apiKeyId) {
        return PREFIX + apiKeyId;
    }

    /**
     * Who reported, as the client tells it, with the standard's fields in order: email, device id, account id,
     * phone, then the name. Each reporter gets their own daily quota under the key; only a report with none of
     * them shares the key's anonymous one.
     */
    static String who(MultiMap form) {
        for (String field : new String[] {"email", "device_id", "account_id", "phone"}) {
            String v = form.get(field);
            if (!blank(v)) {
                return field + ":" + clip(v);
            }
        }
        String name = ((blank(form.get("first_name")) ? "" : form.get("first_name").strip()) + " "
                + (blank(form.get("last_name")) ? "" : form.get("last_name").strip())).strip();
        return name.isEmpty() ? "anonymous" : "name:" + clip(name);
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }

    private static String clip(String v) {
        String s = v.strip();
        return s.substring(0, Math.min(120, s.length()));
    }
}
