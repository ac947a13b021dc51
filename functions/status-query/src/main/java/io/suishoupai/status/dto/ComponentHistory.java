package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.view.CaseSummary;
import io.suishoupai.shared.view.ComponentView;
import io.suishoupai.shared.view.Page;

/** A component and its cases, newest first. */
@RegisterForReflection
public record ComponentHistory(ComponentView component, Page<CaseSummary> cases) {
}
