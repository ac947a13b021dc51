package io.suishoupai.reminders.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import io.suishoupai.reminders.dto.DeliveryRun;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.caseflow.DailyLimit;
import io.suishoupai.shared.notify.ChannelTargets;
import io.suishoupai.shared.notify.CitizenDigests;
import io.suishoupai.shared.notify.OutboxDeliveries;
import io.suishoupai.shared.notify.OutboxDeliveries.Claimed;
import io.suishoupai.shared.points.Redemptions;
import io.suishoupai.shared.runtime.Reactive;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Delivers the outbox: claims due messages (FOR UPDATE SKIP LOCKED, hidden for a lease, attempt counted) and commits,
 * POSTs each to its channel with the HMAC signature, then records the outcome: delivered; or retried after an
 * exponential backoff; or, after the last attempt, a dead letter an admin can retry or discard. A run that dies
 * after sending and before recording sends again when the lease ends: at least once, deduped by delivery id.
 */
@ApplicationScoped
public class NotificationDelivery {

    record Outcome(Claimed message, boolean delivered, String error) {
    }

    /**
     * Built by the first webhook sent, not with the class: a client sets up TLS (about 200 classes), which a delivery
     * run with nothing to send, or a process that only answers calls, never needs.
     */
    private static final class Webhooks {
        static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Inject
    Reactive reactive;

    @Inject
    SuishoupaiConfig config;

    @Inject
    Redemptions redemptions;


    /**
     * Batches the citizens' waiting news into messages (CitizenDigests), then delivers what is due.
     *
     * @param due messages due by this instant are sent (never after now: {@code RunInstant})
     * @param now the real clock: signatures, leases, backoff and outcomes carry it
     */
    public Uni<DeliveryRun> deliver(Instant due, Instant now) {
        var settings = config.notifications();
        var limits = new CitizenDigests.Limits(new DailyLimit(0, config.zone()).dayStart(now),
                settings.citizenDailyCap(), settings.citizenBatch(), settings.citizenItemsPerMessage(),
                now.minus(settings.citizenNewsMaxAge()));
        return reactive.poolTransaction(() -> CitizenDigests.batch(limits, now)).chain(news -> deliverDue(due, now)
                .map(run -> run.withCitizenNews(news.messages(), news.dropped())));
    }

    private Uni<DeliveryRun> deliverDue(Instant due, Instant now) {
        var settings = config.notifications();
        return reactive.poolTransaction(() -> OutboxDeliveries.claimDue(due, now.plus(settings.lease()),
                settings.batch()))
                .chain(claimed -> {
                    List<Claimed> plain = claimed.stream().filter(m -> m.redemptionId() == null).toList();
                    List<Uni<Outcome>> sends = plain.stream().map(m -> send(m, now)).toList();
                    Uni<DeliveryRun> plainRun = sends.isEmpty() ? Uni.createFrom().item(new DeliveryRun(0, 0, 0, 0))
                            : Uni.join().all(sends).andFailFast()
                                    .chain(outcomes -> reactive.poolTransaction(() -> record(outcomes, now)));
                    List<Uni<DeliveryRun>> runs = new ArrayList<>();
                    runs.add(plainRun);
                    claimed.stream().filter(m -> m.redemptionId() != null).forEach(m -> runs.add(fulfil(m, now)));
                    return Uni.join().all(runs).andFailFast().map(NotificationDelivery::sum);
                });
    }

    /**
     * A reward fulfilment is sent while its redemption row is locked and only if it is still PENDING, and its outcome
     * is recorded in the same transaction: a cancellation either comes first (and the message is withdrawn unsent)
     * or waits until the redemption is FULFILLED (and is refused). The HTTP call is bounded by the channel timeout.
     */
    private Uni<DeliveryRun> fulfil(Claimed m, Instant at) {
        return reactive.poolTransaction(() -> redemptions.lockState(m.redemptionId()).chain(state -> {
            if (!"PENDING".equals(state)) {
                return OutboxDeliveries.withdraw(m.id(), "withdrawn: redemption " + state)
                        .replaceWith(new DeliveryRun(0, 0, 0, 0));
            }
            Context context = Vertx.currentContext();
            return send(m, at).emitOn(task -> context.runOnContext(ignored -> task.run()))
                    .chain(outcome -> record(List.of(outcome), at));
        }));
    }

    private static DeliveryRun sum(List<DeliveryRun> runs) {
        int attempted = 0, delivered = 0, retrying = 0, dead = 0;
        for (DeliveryRun r : runs) {
            attempted += r.attempted();
            delivered += r.delivered();
            retrying += r.retrying();
            dead += r.dead();
        }
        return new DeliveryRun(attempted, delivered, retrying, dead);
    }

    /**
     * One POST. The target is checked again first (off the event loop: it resolves the name), and what a failure
     * records in lastError is its kind, never the connection's details: admins read it, and it must not turn the
     * outbox into a port scanner. Redirects are not followed (the client's default).
     */
    private Uni<Outcome> send(Claimed m, Instant at) {
        boolean allowPrivate = config.notifications().allowPrivateTargets();
        return Uni.createFrom().item(() -> ChannelTargets.refusal(m.url(), allowPrivate))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(refusal -> refusal.isPresent()
                        ? Uni.createFrom().item(new Outcome(m, false, "target refused: " + refusal.get()))
                        : post(m, URI.create(m.url().strip()), at));
    }

    private Uni<Outcome> post(Claimed m, URI url, Instant at) {
        long timestamp = at.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(config.notifications().timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(m.secret(), timestamp, m.payload()))
                    .header(WebhookSignature.DELIVERY, Long.toString(m.id()))
                    .header(WebhookSignature.TOPIC, m.topic())
                    .POST(HttpRequest.BodyPublishers.ofString(m.payload()))
                    .build();
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(new Outcome(m, false, "bad channel URL"));
        }
        return Uni.createFrom()
                .completionStage(() -> Webhooks.HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> response.statusCode() / 100 == 2 ? new Outcome(m, true, null)
                        : new Outcome(m, false, "HTTP " + response.statusCode()))
                .onFailure().recoverWithItem(t -> new Outcome(m, false, failureKind(t)));
    }

    static String failureKind(Throwable t) {
        Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        if (cause instanceof java.net.ConnectException) {
            return "could not connect";
        }
        return "delivery failed";
    }

    private Uni<DeliveryRun> record(List<Outcome> outcomes, Instant at) {
        var settings = config.notifications();
        int[] counts = new int[3]; // delivered, retrying, dead
        List<Uni<Integer>> updates = new ArrayList<>();
        for (Outcome o : outcomes) {
            Long redemption = o.message().redemptionId();
            if (o.delivered()) {
                counts[0]++;
                updates.add(OutboxDeliveries.delivered(o.message().id(), at));
                if (redemption != null) { // the provider accepted it: the reward is on its way
                    updates.add(redemptions.fulfilled(redemption, at).replaceWith(0));
                }
            } else if (o.message().attempts() >= settings.maxAttempts()) {
                counts[2]++;
                updates.add(OutboxDeliveries.dead(o.message().id(), at, truncate(o.error())));
                if (redemption != null) { // fulfilment failed for good: refund points and stock, once
                    updates.add(redemptions.cancel(redemption, "fulfilment failed: " + truncate(o.error()), "system", at)
                            .replaceWith(0));
                }
            } else {
                counts[1]++;
                updates.add(OutboxDeliveries.retryAt(o.message().id(), at.plus(backoff(o.message().attempts())),
                        truncate(o.error())));
            }
        }
        return Sequential.sum(updates).map(ignored -> new DeliveryRun(outcomes.size(), counts[0], counts[1], counts[2]));
    }

    /** retry-base × 2^(attempts − 1), at most retry-cap. */
    Duration backoff(int attempts) {
        var settings = config.notifications();
        Duration delay = settings.retryBase().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return delay.compareTo(settings.retryCap()) > 0 ? settings.retryCap() : delay;
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
