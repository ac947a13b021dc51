package io.suishoupai.shared.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
     * statement in the caller's transaction: the owner's active channel (the first, as
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
     * Queues many messages at once, as a reminder run does (thousands over a backlog), in one statement: the messages
     * go as one JSON array, each joined to its owner's active channel. (Once a look-up and an entity a message, each
     * look-up flushed every entity a Hibernate session held: a run's cost grew with the square of its messages.) Must
     * run inside a transaction on the pool; returns how many were queued.
     */
    public Uni<Integer> enqueueAll(List<Message> messages, Instant now) {
        if (messages.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Map<String, String>> rows = new ArrayList<>(messages.size());
        for (Message message : messages) {
            rows.add(Map.of("owner_kind", message.owner().name(), "owner_code",
                    message.ownerCode() == null ? "" : message.ownerCode(), "topic", message.topic(), "payload",
                    json(message.payload())));
        }
        return sql.update(ENQUEUE_ALL, json(rows), OutboxMessage.State.PENDING.name(), now);
    }

    /** The array is bound as text: the pool's client would bind a String as a JSON string, not as JSON to parse. */
    private static final String ENQUEUE_ALL = "INSERT INTO outbox (channel_id, topic, payload, state, attempts, "
            + "next_attempt_at, created_at) SELECT ch.id, m.topic, m.payload, ?2, 0, ?3, ?3 "
            + "FROM ROWS FROM (json_to_recordset(CAST(CAST(?1 AS text) AS json)) AS (owner_kind text, "
            + "owner_code text, topic text, payload text)) WITH ORDINALITY AS m(owner_kind, owner_code, topic, "
            + "payload, n) JOIN notification_channel ch ON ch.owner_kind = m.owner_kind "
            + "AND ch.owner_code = m.owner_code AND ch.active ORDER BY m.n";

    private String json(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
