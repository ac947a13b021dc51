package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.category.CategoryKind;
import io.suishoupai.shared.category.Urgency;

/**
 * Create or update a category by code (KK-GG-SS); {@code active:false} deactivates it. {@code urgentTimeLimitHours}:
 * the disposal limit of an urgent case, at most {@code timeLimitHours} (default: the same as it).
 */
@RegisterForReflection
public record SaveCategoryRequest(String code, CategoryKind kind, String groupCode, String groupName, String name,
        String nameEn, String filingConditions, Integer timeLimitHours, Boolean workingHours, Urgency urgency,
        Integer points, String defaultDepartmentCode, Boolean autoDispatch, Boolean active,
        Integer urgentTimeLimitHours) {
}
