package io.suishoupai.reminders.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseRows;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.ResponseTemplate;
import io.suishoupai.shared.caseflow.ResponseTemplates;
import io.suishoupai.shared.calendar.Calendars;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.runtime.TransactionLock;
import io.suishoupai.shared.subscription.CaseNews;
import io.smallrye.mutiny.Uni;

/**
 * The automatic progress note (issue #18): a dispatched case with no public update for the configured working days
 * gets one, in the PROGRESS response template's words (or a default), and its followers hear of it. The note is
 * itself a public update, so the next comes only after as many working days again: once per period. At most
 * {@link #BATCH} a run, under one lock.
 */
@ApplicationScoped
public class ProgressNotes {

    static final int BATCH = 200;

    static final String DEFAULT_TEXT = "您反映的问题（{caseNumber}）正由{department}处理中，处置时限至{deadline}。";

    static final CaseJournal.Actor REMINDER_RUN = new CaseJournal.Actor("reminder-run", ActorRole.SYSTEM);

    @Inject
    Reactive reactive;

    @Inject
    CaseRows cases;

    @Inject
    SuishoupaiConfig config;

    @Inject
    Calendars calendars;

    @Inject
    ResponseTemplates templates;

    @Inject
    CaseJournal journal;

    @Inject
    CaseNews news;

    /** How many cases got a progress note, judged as of {@code at}. */
    public Uni<Integer> post(Instant at) {
        int days = config.reminders().progressNoteWorkingDays();
        if (days <= 0) {
            return Uni.createFrom().item(0);
        }
        return reactive.poolTransaction(() -> TransactionLock.hold("reminder-run", "progress-notes")
                .chain(() -> calendars.from(at.minus(Duration.ofDays(60))))
                .chain(calendar -> {
                    Instant quietSince = calendar.workingDaysBefore(at, days);
                    return cases.where("c.state = ?1 AND c.dispatched_at < ?2 AND NOT EXISTS (SELECT 1 FROM "
                            + "case_event e WHERE e.case_id = c.id AND e.public_note AND e.at >= ?2) "
                            + "ORDER BY c.dispatched_at, c.id LIMIT " + BATCH, CaseState.DISPATCHED.name(), quietSince);
                })
                .chain(quiet -> Sequential.sum(quiet.stream().map(c -> note(c, at)).toList())));
    }

    private Uni<Integer> note(CityCase c, Instant at) {
        return templates.automatic(ResponseTemplate.PROGRESS, c)
                .chain(text -> text != null ? Uni.createFrom().item(text) : templates.filled(DEFAULT_TEXT, c))
                .chain(text -> journal.annotate(c, REMINDER_RUN, text, true, null, at)
                        .chain(() -> news.tell(c, CaseNews.Kind.NOTE, text, at)))
                .replaceWith(1);
    }
}
