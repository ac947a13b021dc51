package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Create (no id) or update (id) a routing rule; {@code active:false} deactivates it. */
@RegisterForReflection
public record SaveRoutingRuleRequest(Long id, String categoryCode, String areaCode, Integer priority,
        String departmentCode, String description, Boolean active) {
}
