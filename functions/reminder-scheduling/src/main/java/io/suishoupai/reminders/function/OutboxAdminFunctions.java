package io.suishoupai.reminders.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.reminders.dto.ChannelRequests.ChannelView;
import io.suishoupai.reminders.dto.ChannelRequests.MessageId;
import io.suishoupai.reminders.dto.ChannelRequests.MessageView;
import io.suishoupai.reminders.dto.ChannelRequests.SaveChannel;
import io.suishoupai.reminders.dto.MessageQuery;
import io.suishoupai.reminders.service.OutboxAdminService;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.smallrye.mutiny.Uni;

/** Notification channels and the outbox (role admin). */
public class OutboxAdminFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    OutboxAdminService admin;

    @Funq("save-channel")
    public Uni<ChannelView> saveChannel(SaveChannel request) {
        callers.current().require(Role.ADMIN);
        return admin.saveChannel(request);
    }

    @Funq("list-channels")
    public Uni<List<ChannelView>> listChannels() {
        callers.current().require(Role.ADMIN);
        return admin.channels();
    }

    /** GET /list-notifications?state=DEAD: dead letters (or any state), newest first. */
    @Funq("list-notifications")
    public Uni<List<MessageView>> listNotifications(MessageQuery query) {
        callers.current().require(Role.ADMIN);
        return admin.messages(query == null ? new MessageQuery() : query);
    }

    @Funq("retry-notification")
    public Uni<MessageView> retryNotification(MessageId request) {
        callers.current().require(Role.ADMIN);
        return admin.retry(request);
    }

    @Funq("discard-notification")
    public Uni<MessageView> discardNotification(MessageId request) {
        callers.current().require(Role.ADMIN);
        return admin.discard(request);
    }
}
