package io.suishoupai.shared.points;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A reward of the points mall (e.g. a phone top-up card). */
@Entity
@Table(name = "reward")
public class Reward extends PanacheEntityBase {

    @Id
    public String sku;

    public String name;

    public int cost;

    public int stock;

    @Column(name = "per_person_limit")
    public int perPersonLimit;

    @Column(name = "active_from")
    public Instant activeFrom;

    @Column(name = "active_to")
    public Instant activeTo;

    public boolean active;

    /**
     * Takes one from the stock of a reward redeemable at {@code now}, in one statement (so concurrent redemptions
     * never take the stock below zero): its cost, or empty when it is out of stock or not redeemable now.
     */
    public static Uni<Optional<Integer>> takeOne(String sku, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "UPDATE reward SET stock = stock - 1 WHERE sku = ?1 AND active AND stock > 0 "
                        + "AND (active_from IS NULL OR active_from <= ?2) AND (active_to IS NULL OR active_to > ?2) "
                        + "RETURNING cost", Integer.class)
                .setParameter(1, sku).setParameter(2, now).getResultList())
                .map(costs -> costs.isEmpty() ? Optional.<Integer>empty() : Optional.of(costs.get(0)));
    }

    /** The stock as committed now (an entity loaded earlier in the transaction may be older). */
    public static Uni<Integer> stockNow(String sku) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT stock FROM reward WHERE sku = ?1",
                Integer.class).setParameter(1, sku).getSingleResult());
    }
}
