package io.suishoupai.reminders.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"attempted","delivered","retrying","dead"} */
@RegisterForReflection
public record DeliveryRun(int attempted, int delivered, int retrying, int dead) {
}
