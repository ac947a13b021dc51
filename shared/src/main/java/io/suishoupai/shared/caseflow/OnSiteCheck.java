package io.suishoupai.shared.caseflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.suishoupai.shared.config.SuishoupaiConfig;

/**
 * Which cases must be checked on site (核实) before they are filed: those from the sources the city configured
 * ({@code suishoupai.triage.check-required-sources}, none by default) that no inspector has found yet. The
 * screener's filing and auto-dispatch both ask here.
 */
@ApplicationScoped
public class OnSiteCheck {

    @Inject
    SuishoupaiConfig config;

    private Set<CaseSource> mustBeChecked;

    /** Read at start-up, so a misspelt source stops the function with a plain message, not a case later. */
    void onStart(@Observes StartupEvent event) {
        mustBeChecked();
    }

    public boolean requiredBeforeFiling(CityCase c) {
        return requiredBeforeFiling(mustBeChecked(), c.source, c.checkedAt != null);
    }

    private Set<CaseSource> mustBeChecked() {
        if (mustBeChecked == null) {
            mustBeChecked = parse(config.triage().checkRequiredSources().orElse(List.of()));
        }
        return mustBeChecked;
    }

    /** The configured names as sources; an unknown name is a configuration error. */
    public static Set<CaseSource> parse(List<String> names) {
        Set<CaseSource> sources = EnumSet.noneOf(CaseSource.class);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                sources.add(CaseSource.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("suishoupai.triage.check-required-sources: " + name.strip()
                        + " is not a source; use " + java.util.Arrays.toString(CaseSource.values()), e);
            }
        }
        return sources;
    }

    /** The plain rule: a case from a listed source is filed only once an inspector has found the problem. */
    public static boolean requiredBeforeFiling(Set<CaseSource> mustBeChecked, CaseSource source, boolean checked) {
        return mustBeChecked.contains(source) && !checked;
    }
}
