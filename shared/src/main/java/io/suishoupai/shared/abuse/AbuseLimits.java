package io.suishoupai.shared.abuse;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;

/** The configured abuse limits, by the action they limit. */
@ApplicationScoped
public class AbuseLimits {

    public static final String SIGN_UPLOADS = "sign-uploads";
    public static final String SUBMIT_REPORT = "submit-report";

    /** At most {@code limit} calls per {@code window} and caller. */
    public record Rate(int limit, Duration window) {
    }

    @Inject
    SuishoupaiConfig config;

    public Rate rate(String action) {
        SuishoupaiConfig.Limits limits = config.limits();
        return switch (action) {
            case SIGN_UPLOADS -> new Rate(limits.signUploadsPerWindow(), limits.window());
            case SUBMIT_REPORT -> new Rate(limits.submitReportPerWindow(), limits.window());
            default -> throw new IllegalArgumentException("no rate limit for " + action);
        };
    }

    public int pendingUploads() {
        return config.limits().pendingUploads();
    }

    public Duration pendingWindow() {
        return config.limits().pendingWindow();
    }
}
