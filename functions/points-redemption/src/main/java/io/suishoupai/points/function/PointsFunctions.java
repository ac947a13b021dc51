package io.suishoupai.points.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.view.PageParams;
import io.suishoupai.points.dto.PointsDtos.Adjust;
import io.suishoupai.points.dto.PointsDtos.AdjustResult;
import io.suishoupai.points.dto.PointsDtos.Balance;
import io.suishoupai.points.dto.PointsDtos.History;
import io.suishoupai.points.dto.PointsDtos.Rate;
import io.suishoupai.points.dto.PointsDtos.RateResult;
import io.suishoupai.points.dto.PointsDtos.Redeem;
import io.suishoupai.points.dto.PointsDtos.RedeemResult;
import io.suishoupai.points.dto.PointsDtos.RedemptionId;
import io.suishoupai.points.dto.PointsDtos.RedemptionView;
import io.suishoupai.points.dto.PointsDtos.RewardView;
import io.suishoupai.points.dto.PointsDtos.SaveReward;
import io.suishoupai.points.service.PointsService;
import io.suishoupai.points.service.RatingService;
import io.suishoupai.points.service.RewardService;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.smallrye.mutiny.Uni;

/** Points, the rewards mall and the citizen's rating of a closed case. */
public class PointsFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    PointsService points;

    @Inject
    RewardService rewards;

    @Inject
    RatingService ratings;

    @Funq("points-balance")
    public Uni<Balance> pointsBalance() {
        return points.balance(callers.current().require(Role.CITIZEN, Role.STAFF));
    }

    @Funq("points-history")
    public Uni<History> pointsHistory(PageParams query) {
        return points.history(callers.current().require(Role.CITIZEN, Role.STAFF), query == null ? new PageParams() : query);
    }

    /** POST /adjust-points {"idempotencyKey","accountId","delta","reason"} (admin): adjustment or reversal. */
    @Funq("adjust-points")
    public Uni<AdjustResult> adjustPoints(Adjust request) {
        return points.adjust(callers.current().require(Role.ADMIN), request);
    }

    /** GET /list-rewards (public): what can be redeemed now. */
    @Funq("list-rewards")
    public Uni<List<RewardView>> listRewards() {
        return rewards.available();
    }

    @Funq("save-reward")
    public Uni<RewardView> saveReward(SaveReward request) {
        callers.current().require(Role.ADMIN);
        return rewards.save(request);
    }

    /** POST /redeem-reward {"idempotencyKey","sku"} → {"redemptionId","state":"PENDING","cost","balance"}. */
    @Funq("redeem-reward")
    public Uni<RedeemResult> redeemReward(Redeem request) {
        return rewards.redeem(callers.current().require(Role.CITIZEN, Role.STAFF), request);
    }

    @Funq("my-redemptions")
    public Uni<List<RedemptionView>> myRedemptions() {
        return rewards.mine(callers.current().require(Role.CITIZEN, Role.STAFF));
    }

    /** POST /cancel-redemption {"id","reason"} (admin): refunds points and stock, once. */
    @Funq("cancel-redemption")
    public Uni<RedemptionView> cancelRedemption(RedemptionId request) {
        return rewards.cancel(callers.current().require(Role.ADMIN), request);
    }

    /** POST /rate-case {"idempotencyKey","caseNumber","score","comment"} (the reporter, once, a closed case). */
    @Funq("rate-case")
    public Uni<RateResult> rateCase(Rate request) {
        return ratings.rate(callers.current().require(Role.CITIZEN, Role.STAFF), request);
    }
}
