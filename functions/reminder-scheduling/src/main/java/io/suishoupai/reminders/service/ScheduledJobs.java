package io.suishoupai.reminders.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.suishoupai.shared.time.AppClock;

/**
 * The same runs as the HTTP triggers, on long-lived containers: reminders (cron), delivery (every few seconds) and
 * the bulletin on the 1st of each month. Off where {@code quarkus.scheduler.enabled=false} (Lambda, where EventBridge
 * Scheduler calls run-reminders and deliver-notifications instead). A run that fails is logged and retried by the
 * next one; the runs are safe to overlap.
 */
@ApplicationScoped
public class ScheduledJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class);
    private static final Duration LIMIT = Duration.ofMinutes(2);

    @Inject
    ReminderService reminders;

    @Inject
    NotificationDelivery delivery;

    @Inject
    BulletinService bulletins;

    @Inject
    AppClock clock;

    @Scheduled(identity = "run-reminders", cron = "${suishoupai.reminders.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runReminders() {
        var now = clock.now();
        var run = reminders.run(now, now).await().atMost(LIMIT);
        if (run.notificationsQueued() > 0 || run.resumed() > 0 || run.remindersSkipped() || run.moreWaiting()) {
            LOG.infof("reminder run: %s", run);
        }
    }

    // the first run one interval after start, not at it: it would compete with the start's first answer
    @Scheduled(identity = "deliver-notifications", every = "${suishoupai.notifications.every}",
            delayed = "${suishoupai.notifications.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliver() {
        var now = clock.now();
        var run = delivery.deliver(now, now).await().atMost(LIMIT);
        if (run.attempted() > 0) {
            LOG.infof("delivery run: %s", run);
        }
    }

    @Scheduled(identity = "monthly-bulletin", cron = "${suishoupai.reminders.bulletin-cron}",
            timeZone = "${suishoupai.zone}")
    void monthlyBulletin() {
        var now = clock.now();
        var bulletin = bulletins.generate(bulletins.previousMonth(now), now).await().atMost(LIMIT);
        LOG.infof("bulletin %s stored, %s notifications queued", bulletin.month(), bulletin.notificationsQueued());
    }
}
