package io.suishoupai.shared.notify;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;
import io.smallrye.mutiny.Uni;

/**
 * Queues a notification in the caller's transaction: it exists if and only if what caused it committed. Nothing is
 * queued for an owner without an active channel (the count says so).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper mapper;

    /** Must run inside a transaction; returns how many messages were queued (0 or 1). */
    public Uni<Integer> enqueue(OwnerKind owner, String ownerCode, String topic, Map<String, ?> payload, Instant now) {
        return enqueue(owner, ownerCode, topic, payload, null, now);
    }

    /** The same for a reward fulfilment: the message names its redemption, so a cancellation can withdraw it. */
    public Uni<Integer> enqueue(OwnerKind owner, String ownerCode, String topic, Map<String, ?> payload,
            Long redemptionId, Instant now) {
        return NotificationChannel.<NotificationChannel>find("ownerKind = ?1 and ownerCode = ?2 and active = true", owner,
                ownerCode == null ? "" : ownerCode).firstResult().chain(channel -> {
                    if (channel == null) {
                        return Uni.createFrom().item(0);
                    }
                    OutboxMessage m = new OutboxMessage();
                    m.channelId = channel.id;
                    m.topic = topic;
                    m.payload = json(payload);
                    m.state = OutboxMessage.State.PENDING;
                    m.attempts = 0;
                    m.nextAttemptAt = now;
                    m.createdAt = now;
                    m.redemptionId = redemptionId;
                    return m.persist().replaceWith(1);
                });
    }

    private String json(Map<String, ?> payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
