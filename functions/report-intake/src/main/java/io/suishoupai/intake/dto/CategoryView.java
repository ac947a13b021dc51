package io.suishoupai.intake.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.category.Category;

/** A category as the phone's picker shows it. */
@RegisterForReflection
public record CategoryView(String code, String name, String nameEn, String kind, String groupCode, String group,
        int timeLimitHours, boolean workingHours, String urgency, int points, String filingConditions,
        int urgentTimeLimitHours) {

    public static CategoryView of(Category c) {
        return new CategoryView(c.code, c.name, c.nameEn, c.kind.name(), c.groupCode, c.groupName, c.timeLimitHours,
                c.workingHours, c.urgency.name(), c.points, c.filingConditions, c.urgentTimeLimitHours);
    }
}
