package io.suishoupai.reminders.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Page;
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
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.TableRows;
import io.vertx.mutiny.sqlclient.Tuple;
import io.smallrye.mutiny.Uni;

/** Channels and the outbox for admins: configure channels; list, retry and discard messages (dead letters). */
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
        return reactive.transaction(() -> NotificationChannel.<NotificationChannel>find("ownerKind = ?1 and ownerCode = ?2",
                r.ownerKind(), code).firstResult().chain(existing -> {
                    NotificationChannel c = existing != null ? existing : new NotificationChannel();
                    c.ownerKind = r.ownerKind();
                    c.ownerCode = code;
                    c.kind = NotificationChannel.Kind.WEBHOOK;
                    c.url = r.url().strip();
                    c.secret = r.secret();
                    c.active = r.active() == null || r.active();
                    return c.<NotificationChannel>persist();
                }).map(ChannelView::of));
    }

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
        return reactive.session(() -> (q.getState() == null ? OutboxMessage.<OutboxMessage>find("order by id desc")
                : OutboxMessage.<OutboxMessage>find("state = ?1 order by id desc", state(q.getState())))
                .page(Page.of(page, size)).list())
                .map(list -> list.stream().map(OutboxAdminService::view).toList());
    }

    /** A dead (or discarded) message goes back to PENDING with its attempts reset. */
    public Uni<MessageView> retry(MessageId r) {
        InputCheck.of(r).present(r.id(), "id").orThrow();
        Instant now = clock.now();
        return reactive.transaction(() -> OutboxMessage.<OutboxMessage>findById(r.id()).chain(m -> {
            if (m == null) {
                throw Problems.notFound(ErrorCode.MESSAGE_NOT_FOUND, "There is no message " + r.id() + ".");
            }
            if (m.state == OutboxMessage.State.DELIVERED) {
                throw Problems.unprocessable(ErrorCode.ALREADY_DELIVERED, "Message " + m.id + " was delivered.");
            }
            // a fulfilment goes out again only for a redemption still waiting for it: a cancelled one was refunded
            Uni<String> redemption = m.redemptionId == null ? Uni.createFrom().item("PENDING")
                    : redemptions.lockState(m.redemptionId);
            return redemption.map(state -> {
                if (!"PENDING".equals(state)) {
                    throw Problems.conflict(ErrorCode.REDEMPTION_NOT_PENDING, "Message " + m.id + " fulfils redemption "
                            + m.redemptionId + ", which is " + state + ": it cannot be sent again.");
                }
                m.state = OutboxMessage.State.PENDING;
                m.attempts = 0;
                m.nextAttemptAt = now;
                return view(m);
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
        return reactive.transaction(() -> OutboxMessage.<OutboxMessage>findById(id).map(m -> {
            if (m == null) {
                throw Problems.notFound(ErrorCode.MESSAGE_NOT_FOUND, "There is no message " + id + ".");
            }
            change.accept(m);
            return view(m);
        }));
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
