package io.suishoupai.reminders.dto;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.notify.NotificationChannel;

/** Channel and outbox administration. */
public final class ChannelRequests {

    private ChannelRequests() {
    }

    /** Create or replace the channel of an owner; {@code active:false} stops queuing for it. */
    @RegisterForReflection
    public record SaveChannel(NotificationChannel.OwnerKind ownerKind, String ownerCode, String url, String secret,
            Boolean active) {
    }

    /** The secret is never shown back. */
    @RegisterForReflection
    public record ChannelView(long id, String ownerKind, String ownerCode, String kind, String url, boolean active) {
        public static ChannelView of(NotificationChannel c) {
            return new ChannelView(c.id, c.ownerKind.name(), c.ownerCode, c.kind.name(), c.url, c.active);
        }
    }

    @RegisterForReflection
    public record MessageId(Long id) {
    }

    @RegisterForReflection
    public record MessageView(long id, long channelId, String topic, String payload, String state, int attempts,
            Instant nextAttemptAt, String lastError, Instant createdAt, Instant deliveredAt) {
    }
}
