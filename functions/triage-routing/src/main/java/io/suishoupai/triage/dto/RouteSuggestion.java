package io.suishoupai.triage.dto;

import java.util.Optional;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.routing.RouteChoice;
import io.suishoupai.shared.view.CaseView.CodeName;

/** {"department":{"code","name"}|null,"rule":{"id","description"}|null} */
@RegisterForReflection
public record RouteSuggestion(CodeName department, Rule rule) {

    @RegisterForReflection
    public record Rule(long id, String description) {
    }

    /** What routing chose (suggest-route, route-preview); both fields null when nothing fits. */
    public static RouteSuggestion of(Optional<RouteChoice> route) {
        return route.map(r -> new RouteSuggestion(new CodeName(r.department().code, r.department().name),
                r.rule() == null ? null : new Rule(r.rule().id, r.rule().description)))
                .orElse(new RouteSuggestion(null, null));
    }
}
