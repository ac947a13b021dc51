package io.suishoupai.shared.caseflow;

import java.time.Instant;

/**
 * One move of a case, as those who act on moves receive it: {@code from} is null for a new case, {@code publicNote}
 * is the note only when the actor made it public.
 */
public record CaseTransition(CityCase c, CaseState from, CaseState to, ActorRole by, String publicNote, Instant at) {
}
