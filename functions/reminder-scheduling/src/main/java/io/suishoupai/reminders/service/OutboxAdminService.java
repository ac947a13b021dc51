package io.suishoupai.reminders.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.reminders.dto.ChannelRequests.ChannelView;
import io.suishoupai.reminders.dto.ChannelRequests.MessageId;
import io.suishoupai.reminders.dto.ChannelRequests.MessageView;
import io.suishoupai.reminders.dto.ChannelRequests.SaveChannel;
import io.suishoupai.reminders.dto.MessageQuery;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.notify.ChannelTargets;
import io.suishoupai.shared.notify.NotificationChannel;
import io.suishoupai.shared.notify.OutboxMessage;
import io.suishoupai.shared.points.Redemptions;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.runtime.RowJson;
import io.suishoupai.shared.view.TableRows;
import io.vertx.mutiny.sqlclient.Tuple;
import io.smallrye.mutiny.Uni;

/**
 * Channels and the outbox for admins: configure channels; list, retry and discard messages (dead letters). On the
 * pool, with no Hibernate session (issue #19).
 */
@ApplicationScoped
public class OutboxAdminService {

    @Inject
    Reactive reactive;

    @Inject
    AppClock clock;

    @Inject
    Redemptions redemptions;

    @Inject
    SuishoupaiConfig config;

    @Inject
    TableRows tableRows;

    @Inject
    CurrentSql sql;

    @Inject
    RowJson rows;

    /** Every channel by id, on the pool: the first call after a start parses no HQL. */
    private static final String CHANNELS = TableRows.listStatement("notification_channel", "", "r.id");

    public Uni<ChannelView> saveChannel(SaveChannel r) {
        InputCheck check = InputCheck.of(r).present(r.ownerKind(), "ownerKind")
                .require(r.url() != null && r.url().matches("https?://\\S{1,990}"), "url", "must be an http(s) URL")
                .text(r.secret(), "secret", 16, 200);
        if (r.ownerKind() == NotificationChannel.OwnerKind.DEPARTMENT) {
            check.text(r.ownerCode(), "ownerCode", 1, 32);
        }
        check.orThrow();
        ChannelTargets.refusal(r.url(), config.notifications().allowPrivateTargets()).ifPresent(why -> {
            throw Problems.invalid("url", why);
        });
        String code = r.ownerKind() == NotificationChannel.OwnerKind.DEPARTMENT ? r.ownerCode().strip() : "";
        return reactive.poolTransaction(() -> sql.value(SAVE_CHANNEL, r.ownerKind().name(), code,
                NotificationChannel.Kind.WEBHOOK.name(), r.url().strip(), r.secret(), r.active() == null || r.active()))
                .map(json -> ChannelView.of(rows.read((String) json, NotificationChannel.class)));
    }

    /** A channel written whole, new or over its owner's (one channel an owner). */
    private static final String SAVE_CHANNEL = "INSERT INTO notification_channel AS r (owner_kind, owner_code, kind, "
            + "url, secret, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (owner_kind, owner_code) DO UPDATE "
            + "SET kind = excluded.kind, url = excluded.url, secret = excluded.secret, active = excluded.active "
            + "RETURNING row_to_json(r)::text";

    public Uni<List<ChannelView>> channels() {
        return tableRows.list(CHANNELS, Tuple.tuple(), NotificationChannel.class)
                .map(list -> list.stream().map(ChannelView::of).toList());
    }

    public Uni<List<MessageView>> messages(MessageQuery q) {
        InputCheck.of(q).paging(q.getPage(), q.getSize(), 100)
                .require(q.getState() == null || state(q.getState()) != null, "state",
                        "must be PENDING, DELIVERED, DEAD or DISCARDED").orThrow();
        int page = q.pageOrFirst();
        int size = q.sizeOr(50);
        OutboxMessage.State state = q.getState() == null ? null : state(q.getState());
        // the state is an enum's name, written by us, never the caller's text
        String only = state == null ? "" : "WHERE r.state = '" + state.name() + "' ";
        return reactive.poolSession(() -> sql.rows("SELECT row_to_json(r)::text FROM outbox r " + only
                + "ORDER BY r.id DESC LIMIT ?1 OFFSET ?2", (long) size, (long) page * size))
                .map(found -> found.stream().map(row -> view(rows.read((String) row[0], OutboxMessage.class)))
                        .toList());
    }

    /** A dead (or discarded) message goes back to PENDING with its attempts reset. */
    public Uni<MessageView> retry(MessageId r) {
        InputCheck.of(r).present(r.id(), "id").orThrow();
        Instant now = clock.now();
        return reactive.poolTransaction(() -> locked(r.id()).chain(m -> {
            if (m.state == OutboxMessage.State.DELIVERED) {
                throw Problems.unprocessable(ErrorCode.ALREADY_DELIVERED, "Message " + m.id + " was delivered.");
            }
            // a fulfilment goes out again only for a redemption still waiting for it: a cancelled one was refunded
            Uni<String> redemption = m.redemptionId == null ? Uni.createFrom().item("PENDING")
                    : redemptions.lockState(m.redemptionId);
            return redemption.chain(state -> {
                if (!"PENDING".equals(state)) {
                    throw Problems.conflict(ErrorCode.REDEMPTION_NOT_PENDING, "Message " + m.id + " fulfils redemption "
                            + m.redemptionId + ", which is " + state + ": it cannot be sent again.");
                }
                m.state = OutboxMessage.State.PENDING;
                m.attempts = 0;
                m.nextAttemptAt = now;
                return sql.update("UPDATE outbox SET state = ?2, attempts = 0, next_attempt_at = ?3 WHERE id = ?1",
                        m.id, m.state.name(), now).replaceWith(view(m));
            });
        }));
    }

    public Uni<MessageView> discard(MessageId r) {
        InputCheck.of(r).present(r.id(), "id").orThrow();
        return change(r.id(), m -> {
            if (m.state == OutboxMessage.State.DELIVERED) {
                throw Problems.unprocessable(ErrorCode.ALREADY_DELIVERED, "Message " + m.id + " was delivered.");
            }
            m.state = OutboxMessage.State.DISCARDED;
        });
    }

    private Uni<MessageView> change(long id, java.util.function.Consumer<OutboxMessage> change) {
        return reactive.poolTransaction(() -> locked(id).chain(m -> {
            change.accept(m);
            return sql.update("UPDATE outbox SET state = ?2 WHERE id = ?1", m.id, m.state.name()).replaceWith(view(m));
        }));
    }

    /**
     * The message, its row locked until the transaction ends: a delivery run's outcome (which changes only a PENDING
     * message) waits, or came first and is seen. 404 {@code MESSAGE_NOT_FOUND}.
     */
    private Uni<OutboxMessage> locked(long id) {
        return sql.first("SELECT row_to_json(r)::text FROM outbox r WHERE r.id = ?1 FOR UPDATE", id).map(row -> {
            if (row == null) {
                throw Problems.notFound(ErrorCode.MESSAGE_NOT_FOUND, "There is no message " + id + ".");
            }
            return rows.read((String) row[0], OutboxMessage.class);
        });
    }

    private static OutboxMessage.State state(String value) {
        try {
            return OutboxMessage.State.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static MessageView view(OutboxMessage m) {
        return new MessageView(m.id, m.channelId, m.topic, m.payload, m.state.name(), m.attempts, m.nextAttemptAt,
                m.lastError, m.createdAt, m.deliveredAt);
    }
}
