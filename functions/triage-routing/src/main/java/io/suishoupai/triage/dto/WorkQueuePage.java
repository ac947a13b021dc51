package io.suishoupai.triage.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.view.CaseView.CodeName;
import io.suishoupai.shared.view.CaseView.Location;

/** {"items":[case…],"page","size","total"} */
@RegisterForReflection
public record WorkQueuePage(List<Item> items, int page, int size, long total) {

    /** A case as a queue lists it. */
    @RegisterForReflection
    public record Item(String caseNumber, String state, String categoryCode, String categoryName, String address,
            String departmentCode, Instant deadline, boolean overdue, int reworkCount, Instant createdAt,
            int version, Location location, CodeName grid, String source, String urgency,
            /* citizens who said "still there" (its duplicates' included) */
            long supporters,
            /* the handler it is assigned to inside the department, if any */
            @JsonInclude(JsonInclude.Include.NON_NULL) String assigneeId,
            /* with near=: metres from there */
            @JsonInclude(JsonInclude.Include.NON_NULL) Long distanceMeters) {
    }
}
