package io.suishoupai.reminders.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"attempted","delivered","retrying","dead","citizenMessages","citizenNewsDropped"}: the pass's deliveries, and the
 * citizens' news it batched into messages (or dropped as stale after the daily cap held it back).
 */
@RegisterForReflection
public record DeliveryRun(int attempted, int delivered, int retrying, int dead, int citizenMessages,
        int citizenNewsDropped) {

    public DeliveryRun(int attempted, int delivered, int retrying, int dead) {
        this(attempted, delivered, retrying, dead, 0, 0);
    }

    public DeliveryRun withCitizenNews(int messages, int dropped) {
        return new DeliveryRun(attempted, delivered, retrying, dead, messages, dropped);
    }
}
