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
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** Notification channels and the outbox (role admin). */
public class OutboxAdminFunctions {


    @Inject
    OutboxAdminService admin;

    @Allowed({Role.ADMIN})
    @Operation(summary = "Create or change a notification channel")
    @Funq("save-channel")
    public Uni<ChannelView> saveChannel(SaveChannel request) {
        return admin.saveChannel(request);
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Notification channels")
    @ReadOnly
    @Funq("list-channels")
    public Uni<List<ChannelView>> listChannels() {
        return admin.channels();
    }

    /** GET /list-notifications?state=DEAD: dead letters (or any state), newest first. */
    @Allowed({Role.ADMIN})
    @Operation(summary = "Outbox messages, by state")
    @ReadOnly
    @Funq("list-notifications")
    public Uni<List<MessageView>> listNotifications(MessageQuery query) {
        return admin.messages(query == null ? new MessageQuery() : query);
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Send a dead or retrying outbox message again now")
    @Funq("retry-notification")
    public Uni<MessageView> retryNotification(MessageId request) {
        return admin.retry(request);
    }

    @Allowed({Role.ADMIN})
    @Operation(summary = "Give up on an outbox message")
    @Funq("discard-notification")
    public Uni<MessageView> discardNotification(MessageId request) {
        return admin.discard(request);
    }
}
