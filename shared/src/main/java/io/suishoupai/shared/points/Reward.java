package io.suishoupai.shared.points;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reward of the points mall (e.g. a phone top-up card). */
@Entity
@Table(name = "reward")
public class Reward {

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
}
