package io.suishoupai.shared.points;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One redemption: PENDING until the provider confirms (FULFILLED), or CANCELLED with points and stock refunded. */
@Entity
@Table(name = "redemption")
public class Redemption {

    public enum State {
        PENDING, FULFILLED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public String accountId;

    public String sku;

    public int cost;

    @Enumerated(EnumType.STRING)
    public State state;

    public String note;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
