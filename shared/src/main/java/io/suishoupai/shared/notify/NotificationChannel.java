package io.suishoupai.shared.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where notifications for an owner go. Only WEBHOOK exists today (HMAC-signed POST); SMS or WeChat template-message
 * gateways are further kinds behind the same outbox.
 */
@Entity
@Table(name = "notification_channel")
public class NotificationChannel {

    public enum OwnerKind {
        DEPARTMENT, COMMAND_CENTRE, LEADERSHIP, CITIZEN,
        /** The reward provider (e.g. a phone top-up gateway). */
        FULFILMENT
    }

    public enum Kind {
        WEBHOOK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    public OwnerKind ownerKind;

    /** The department code for DEPARTMENT channels; empty for the others. */
    @Column(name = "owner_code")
    public String ownerCode;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String url;

    /** The HMAC-SHA256 key the receiver shares. */
    public String secret;

    public boolean active;
}
