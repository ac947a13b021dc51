package io.suishoupai.triage.function;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.triage.dto.WorkQueuePage;
import io.suishoupai.triage.dto.WorkQueueQuery;
import io.suishoupai.triage.service.WorkQueueService;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** GET /work-queue?queue=SCREENING|DEPARTMENT|VERIFICATION|EXTENSIONS&page=&size= (screener | handler | inspector). */
public class WorkQueueFunction {

    @Inject
    CallerResolver callers;

    @Inject
    WorkQueueService queues;

    @Allowed({Role.SCREENER, Role.HANDLER, Role.INSPECTOR, Role.LEADER})
    @Operation(summary = "The caller's queue, by deadline (overdue first)")
    @ReadOnly
    @Funq("work-queue")
    public Uni<WorkQueuePage> workQueue(WorkQueueQuery query) {
        var caller = callers.current();
        return queues.queue(caller, query);
    }
}
