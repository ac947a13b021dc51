package io.suishoupai.points.dto;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The points-redemption function's requests and answers. */
public final class PointsDtos {

    private PointsDtos() {
    }

    @RegisterForReflection
    public record Balance(int balance, int earnedToday) {
    }

    @RegisterForReflection
    public record Entry(int delta, String reason, String caseNumber, Long redemptionId, String note, Instant at) {
    }

    @RegisterForReflection
    public record History(List<Entry> items, int page, int size, long total) {
    }

    @RegisterForReflection
    public record Adjust(String idempotencyKey, String accountId, Integer delta, String reason) {
    }

    @RegisterForReflection
    public record AdjustResult(String accountId, int applied, int balance) {
    }

    @RegisterForReflection
    public record SaveReward(String sku, String name, Integer cost, Integer stock, Integer perPersonLimit,
            Instant activeFrom, Instant activeTo, Boolean active) {
    }

    @RegisterForReflection
    public record RewardView(String sku, String name, int cost, int stock, int perPersonLimit, Instant activeFrom,
            Instant activeTo, boolean active) {
    }

    @RegisterForReflection
    public record Redeem(String idempotencyKey, String sku) {
    }

    @RegisterForReflection
    public record RedeemResult(long redemptionId, String state, int cost, int balance) {
    }

    @RegisterForReflection
    public record RedemptionId(Long id, String reason) {
    }

    @RegisterForReflection
    public record RedemptionView(long redemptionId, String accountId, String sku, int cost, String state, String note,
            Instant createdAt, Instant updatedAt) {
    }

    @RegisterForReflection
    public record Rate(String idempotencyKey, String caseNumber, Integer score, String comment) {
    }

    @RegisterForReflection
    public record RateResult(String caseNumber, int score, boolean reopened) {
    }
}
