package io.suishoupai.reminders.function;

import java.time.Instant;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.reminders.dto.DeliveryRun;
import io.suishoupai.reminders.dto.ReminderRun;
import io.suishoupai.reminders.dto.RunRequest;
import io.suishoupai.reminders.service.NotificationDelivery;
import io.suishoupai.reminders.service.ReminderService;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.time.RunInstant;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The HTTP triggers an external scheduler (EventBridge Scheduler on Lambda) calls with a scheduler token; on
 * long-lived containers {@code ScheduledJobs} runs the same work.
 */
public class SchedulerFunctions {


    @Inject
    ReminderService reminders;

    @Inject
    NotificationDelivery delivery;

    @Inject
    AppClock clock;

    @Inject
    SuishoupaiConfig config;

    /**
     * POST /run-reminders {"at"}: due-soon, overdue and leadership reminders, each once, judged as of {@code at}
     * (now, or earlier to catch up a missed run; never later).
     */
    @Allowed({Role.SCHEDULER})
    @Operation(summary = "One reminder run: reminders and escalations for cases near or past their deadlines")
    @Funq("run-reminders")
    public Uni<ReminderRun> runReminders(RunRequest request) {
        Instant now = clock.now();
        return reminders.run(judgedAt(request, now), now);
    }

    /** POST /deliver-notifications {"at"}: one delivery pass over the messages due by {@code at} (now or earlier). */
    @Allowed({Role.SCHEDULER, Role.ADMIN})
    @Operation(summary = "One delivery pass over the outbox: due messages are POSTed, signed, to their channels")
    @Funq("deliver-notifications")
    public Uni<DeliveryRun> deliverNotifications(RunRequest request) {
        Instant now = clock.now();
        return delivery.deliver(judgedAt(request, now), now);
    }

    private Instant judgedAt(RunRequest request, Instant now) {
        return RunInstant.judgedAt(request == null ? null : request.at(), now, config.security().clockSkew());
    }
}
