package io.suishoupai.points.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.Public;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

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

    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "The caller's points balance")
    @ReadOnly
    @Funq("points-balance")
    public Uni<Balance> pointsBalance() {
        return points.balance(callers.current());
    }

    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "The caller's points ledger, newest first")
    @ReadOnly
    @Funq("points-history")
    public Uni<History> pointsHistory(PageParams query) {
        return points.history(callers.current(), query == null ? new PageParams() : query);
    }

    /** POST /adjust-points {"idempotencyKey","accountId","delta","reason"} (admin): adjustment or reversal. */
    @Allowed({Role.ADMIN})
    @Operation(summary = "Add or take a citizen's points by hand, with a reason (admin)")
    @Funq("adjust-points")
    public Uni<AdjustResult> adjustPoints(Adjust request) {
        return points.adjust(callers.current(), request);
    }

    /** GET /list-rewards (public): what can be redeemed now. */
    @Public
    @Operation(summary = "Rewards redeemable now")
    @ReadOnly
    @Funq("list-rewards")
    public Uni<List<RewardView>> listRewards() {
        return rewards.available();
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Create or change a reward")
    @Funq("save-reward")
    public Uni<RewardView> saveReward(SaveReward request) {
        return rewards.save(request);
    }

    /** POST /redeem-reward {"idempotencyKey","sku"} → {"redemptionId","state":"PENDING","cost","balance"}. */
    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "Redeem points for a reward: points and stock taken at once")
    @Funq("redeem-reward")
    public Uni<RedeemResult> redeemReward(Redeem request) {
        return rewards.redeem(callers.current(), request);
    }

    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "The caller's redemptions")
    @ReadOnly
    @Funq("my-redemptions")
    public Uni<List<RedemptionView>> myRedemptions() {
        return rewards.mine(callers.current());
    }

    /** POST /cancel-redemption {"id","reason"} (admin): refunds points and stock, once. */
    @Allowed({Role.ADMIN})
    @Operation(summary = "Cancel a pending redemption: the points and the stock go back, once")
    @Funq("cancel-redemption")
    public Uni<RedemptionView> cancelRedemption(RedemptionId request) {
        return rewards.cancel(callers.current(), request);
    }

    /** POST /rate-case {"idempotencyKey","caseNumber","score","comment"} (the reporter, once, a closed case). */
    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "The reporter rates a closed case, once; a poor rating may reopen it")
    @Funq("rate-case")
    public Uni<RateResult> rateCase(Rate request) {
        return ratings.rate(callers.current(), request);
    }
}
