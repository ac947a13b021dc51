package io.suishoupai.reminders.service;

import java.util.List;

import io.smallrye.mutiny.Uni;

/** A session runs one statement at a time: database steps that each count something run one after another. */
public final class Sequential {

    private Sequential() {
    }

    /** Subscribes to each in order and adds up what they count. */
    public static Uni<Integer> sum(List<Uni<Integer>> steps) {
        Uni<Integer> total = Uni.createFrom().item(0);
        for (Uni<Integer> step : steps) {
            total = total.chain(sum -> step.map(n -> sum + n));
        }
        return total;
    }
}
