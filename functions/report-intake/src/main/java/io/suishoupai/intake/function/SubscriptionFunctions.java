package io.suishoupai.intake.function;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.funqy.Funq;
import io.suishoupai.intake.dto.MySubscriptionsQuery;
import io.suishoupai.intake.dto.SubscribeRequest;
import io.suishoupai.intake.dto.SubscriptionView;
import io.suishoupai.intake.dto.UnsubscribeRequest;
import io.suishoupai.intake.service.SubscriptionService;
import io.suishoupai.shared.contract.ReadOnly;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.smallrye.mutiny.Uni;

/** What a citizen follows (issue #18): a case, an area, or a circle around a place; news comes on the citizen channel. */
public class SubscriptionFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    SubscriptionService subscriptions;

    /** POST /subscribe: follow a case, an area or a circle; the same one twice answers the one there is. */
    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "Follow a case, an area (district, street, community or grid) or a circle around a place")
    @Funq("subscribe")
    public Uni<SubscriptionView> subscribe(SubscribeRequest request) {
        return subscriptions.subscribe(callers.current(), request);
    }

    /** POST /unsubscribe: stop following (by id, case number or area code); 404 when there is no such subscription. */
    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "Stop following a case, an area or a circle")
    @Funq("unsubscribe")
    public Uni<SubscriptionView> unsubscribe(UnsubscribeRequest request) {
        return subscriptions.unsubscribe(callers.current(), request);
    }

    /** GET /my-subscriptions: what the caller follows, newest first (their own reports among them). */
    @Allowed({Role.CITIZEN, Role.STAFF})
    @Operation(summary = "What the caller follows, newest first")
    @ReadOnly
    @Funq("my-subscriptions")
    public Uni<List<SubscriptionView>> mySubscriptions(MySubscriptionsQuery query) {
        return subscriptions.mine(callers.current(), query);
    }
}
