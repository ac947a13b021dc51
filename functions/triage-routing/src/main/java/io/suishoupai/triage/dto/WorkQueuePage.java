package io.suishoupai.triage.dto;

import java.time.Instant;
import java.util.List;

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
            int version, Location location, CodeName grid, String source, String urgency) {
    }
}
