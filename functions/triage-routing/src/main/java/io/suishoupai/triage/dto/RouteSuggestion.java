package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.view.CaseView.CodeName;

/** {"department":{"code","name"}|null,"rule":{"id","description"}|null} */
@RegisterForReflection
public record RouteSuggestion(CodeName department, Rule rule) {

    @RegisterForReflection
    public record Rule(long id, String description) {
    }
}
