package io.suishoupai.reminders.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.reminders.dto.ChannelRequests.ChannelView;
import io.suishoupai.reminders.dto.ChannelRequests.MessageId;
import io.suishoupai.reminders.dto.ChannelRequests.MessageView;
import io.suishoupai.reminders.dto.ChannelRequests.SaveChannel;
import io.suishoupai.reminders.dto.MessageQuery;
import io.suishoupai.reminders.service.OutboxAdminService;
import io.suishoupai.shared.security.Role;
import io.smallrye.mutiny.Uni;

/** Notification channels and the outbox (role admin). */
public class OutboxAdminFunctions {


    @Inject
    OutboxAdminService admin;

    @Allowed({Role.ADMIN})
    @Funq("save-channel")
    public Uni<ChannelView> saveChannel(SaveChannel request) {
        return admin.saveChannel(request);
    }

    @Allowed({Role.ADMIN})
    @Funq("list-channels")
    public Uni<List<ChannelView>> listChannels() {
        return admin.channels();
    }

    /** GET /list-notifications?state=DEAD: dead letters (or any state), newest first. */
    @Allowed({Role.ADMIN})
    @Funq("list-notifications")
    public Uni<List<MessageView>> listNotifications(MessageQuery query) {
        return admin.messages(query == null ? new MessageQuery() : query);
    }

    @Allowed({Role.ADMIN})
    @Funq("retry-notification")
    public Uni<MessageView> retryNotification(MessageId request) {
        return admin.retry(request);
    }

    @Allowed({Role.ADMIN})
    @Funq("discard-notification")
    public Uni<MessageView> discardNotification(MessageId request) {
        return admin.discard(request);
    }
}
