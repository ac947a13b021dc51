package io.suishoupai.reminders.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.reminders.dto.DeliveryRun;
import io.suishoupai.reminders.dto.ReminderRun;
import io.suishoupai.reminders.dto.RunRequest;
import io.suishoupai.reminders.service.NotificationDelivery;
import io.suishoupai.reminders.service.ReminderService;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.time.AppClock;
import io.smallrye.mutiny.Uni;

/**
 * The HTTP triggers an external scheduler (EventBridge Scheduler on Lambda) calls with a scheduler token; on
 * long-lived containers {@code ScheduledJobs} runs the same work.
 */
public class SchedulerFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    ReminderService reminders;

    @Inject
    NotificationDelivery delivery;

    @Inject
    AppClock clock;

    /** POST /run-reminders {"at"}: due-soon, overdue and leadership reminders, each once. */
    @Funq("run-reminders")
    public Uni<ReminderRun> runReminders(RunRequest request) {
        callers.current().require(Role.SCHEDULER);
        return reminders.run(request == null || request.at() == null ? clock.now() : request.at());
    }

    /** POST /deliver-notifications {"at"}: one delivery pass over the outbox. */
    @Funq("deliver-notifications")
    public Uni<DeliveryRun> deliverNotifications(RunRequest request) {
        callers.current().require(Role.SCHEDULER, Role.ADMIN);
        return delivery.deliver(request == null || request.at() == null ? clock.now() : request.at());
    }
}
