package io.suishoupai.shared.caseflow;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.suishoupai.shared.config.SuishoupaiConfig;

/**
 * The command centre's stages, each with a time limit on the working calendar (issue #17): screening (受理/立案)
 * after submission, the on-site check (核实), dispatch (派遣) after filing or a return, and verification (核查)
 * after disposal. Disposal itself runs against the case's deadline (the category's limit, extensions included),
 * and is not one of these.
 */
public enum CaseStage {
    SCREENING(EnumSet.of(CaseState.SUBMITTED), "受理"),
    CHECK(EnumSet.of(CaseState.CHECKING), "核实"),
    DISPATCH(EnumSet.of(CaseState.FILED, CaseState.RETURNED), "派遣"),
    VERIFICATION(EnumSet.of(CaseState.DISPOSED), "核查");

    private final Set<CaseState> states;
    private final String chineseName;

    CaseStage(Set<CaseState> states, String chineseName) {
        this.states = states;
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The stage a case in this state is in, if it is one of the timed ones. */
    public static Optional<CaseStage> of(CaseState state) {
        for (CaseStage stage : values()) {
            if (stage.states.contains(state)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The stage a move enters, when it enters one from another state's (or from none): its clock starts. */
    public static Optional<CaseStage> startedBy(CaseState from, CaseState to) {
        Optional<CaseStage> next = of(to);
        return next.isPresent() && (from == null || of(from).orElse(null) != next.get()) ? next : Optional.empty();
    }

    /** The name of its on-time rate in the indicators, e.g. screeningOnTimeRate. */
    public String rateName() {
        return name().toLowerCase(java.util.Locale.ROOT) + "OnTimeRate";
    }

    /** Its limit in (working) hours, from configuration. */
    public int hours(SuishoupaiConfig.Stages limits) {
        return switch (this) {
            case SCREENING -> limits.screeningHours();
            case CHECK -> limits.checkHours();
            case DISPATCH -> limits.dispatchHours();
            case VERIFICATION -> limits.verificationHours();
        };
    }
}
