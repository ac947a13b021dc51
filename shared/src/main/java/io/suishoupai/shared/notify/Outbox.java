package io.suishoupai.shared.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;
import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;

/**
 * Queues a notification in the caller's transaction: it exists if and only if what caused it committed. Nothing is
 * queued for an owner without an active channel (the count says so).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentSql sql;

    /** Must run inside a transaction; returns how many messages were queued (0 or 1). */
    public Uni<Integer> enqueue(OwnerKind owner, String ownerCode, String topic, Map<String, ?> payload, Instant now) {
        return enqueue(owner, ownerCode, topic, payload, null, now);
    }

    /**
     * The same for a reward fulfilment: the message names its redemption, so a cancellation can withdraw it. One
     * statement, in a Hibernate session or a pool transaction alike: the owner's active channel (the first, as
     * {@link #enqueueAll} picks it) and the message written for it, or nothing.
     */
    public Uni<Integer> enqueue(OwnerKind owner, String ownerCode, String topic, Map<String, ?> payload,
            Long redemptionId, Instant now) {
        return sql.update(ENQUEUE, owner.name(), ownerCode == null ? "" : ownerCode, topic, json(payload),
                OutboxMessage.State.PENDING.name(), now, redemptionId);
    }

    private static final String ENQUEUE = "INSERT INTO outbox (channel_id, topic, payload, state, attempts, "
            + "next_attempt_at, created_at, redemption_id) SELECT ch.id, ?3, ?4, ?5, 0, ?6, ?6, CAST(?7 AS bigint) "
            + "FROM notification_channel ch WHERE ch.owner_kind = ?1 AND ch.owner_code = ?2 AND ch.active "
            + "ORDER BY ch.id LIMIT 1";

    /** One message for {@link #enqueueAll}: to the owner's active channel, if it has one. */
    public record Message(OwnerKind owner, String ownerCode, String topic, Map<String, ?> payload) {
    }

    /**
     * Queues many messages at once, as a reminder run does (thousands over a backlog): the active channels are read
     * once, not once a message — each look-up was a query, and each query first flushed every entity the session
     * held, so a run's cost grew with the square of its messages. Must run inside a transaction; returns how many
     * were queued.
     */
    public Uni<Integer> enqueueAll(List<Message> messages, Instant now) {
        if (messages.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return NotificationChannel.<NotificationChannel>list("active = true order by id").chain(channels -> {
            Map<String, Long> channelOf = new HashMap<>();
            for (NotificationChannel channel : channels) {
                channelOf.putIfAbsent(channel.ownerKind + "|" + channel.ownerCode, channel.id);
            }
            List<OutboxMessage> queued = new ArrayList<>();
            for (Message message : messages) {
                Long channelId = channelOf.get(message.owner() + "|"
                        + (message.ownerCode() == null ? "" : message.ownerCode()));
                if (channelId != null) {
                    queued.add(message(channelId, message.topic(), message.payload(), null, now));
                }
            }
            return queued.isEmpty() ? Uni.createFrom().item(0)
                    : Panache.getSession().chain(session -> session.persistAll(queued.toArray()))
                            .replaceWith(queued.size());
        });
    }

    private OutboxMessage message(Long channelId, String topic, Map<String, ?> payload, Long redemptionId,
            Instant now) {
        OutboxMessage m = new OutboxMessage();
        m.channelId = channelId;
        m.topic = topic;
        m.payload = json(payload);
        m.state = OutboxMessage.State.PENDING;
        m.attempts = 0;
        m.nextAttemptAt = now;
        m.createdAt = now;
        m.redemptionId = redemptionId;
        return m;
    }

    private String json(Map<String, ?> payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
