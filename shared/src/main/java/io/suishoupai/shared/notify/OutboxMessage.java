package io.suishoupai.shared.notify;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notification waiting for (or done with) delivery. */
@Entity
@Table(name = "outbox")
public class OutboxMessage {

    public enum State {
        PENDING, DELIVERED, DEAD, DISCARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "channel_id")
    public Long channelId;

    public String topic;

    /** JSON. */
    @Column(columnDefinition = "text")
    public String payload;

    @Enumerated(EnumType.STRING)
    public State state;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The redemption a reward.fulfilment message fulfils (null for every other topic). */
    @Column(name = "redemption_id")
    public Long redemptionId;
}
