package io.suishoupai.triage.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentEntities;

import io.suishoupai.shared.caseflow.ActorRole;
import io.suishoupai.shared.caseflow.CaseJournal;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.ResponseTemplate;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.subscription.CaseNews;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.triage.dto.AddCaseNoteRequest;
import io.suishoupai.triage.dto.SaveTemplateRequest;
import io.suishoupai.triage.dto.TemplateView;
import io.suishoupai.shared.view.CaseView;
import io.smallrye.mutiny.Uni;

/**
 * Staff progress notes (add-case-note) and the response templates they and every move may use (issue #18). A note
 * moves nothing; a public one is on the public timeline and is news for the case's followers.
 */
@ApplicationScoped
public class CaseNoteService {

    @Inject
    Reactive reactive;

    @Inject
    CaseChanges changes;

    @Inject
    CaseJournal journal;

    @Inject
    CaseNews news;

    @Inject
    AppClock clock;

    @Inject
    CurrentEntities entities;

    public Uni<CaseView> addNote(Caller caller, AddCaseNoteRequest request) {
        InputCheck check = InputCheck.of(request).idempotencyKey(request.idempotencyKey())
                .caseNumber(request.caseNumber(), "caseNumber");
        if (request != null) {
            boolean template = InputCheck.blankToNull(request.templateCode()) != null;
            check.require(template != (request.note() != null), "note", "give a note or a templateCode, one of them");
            check.optionalText(request.note(), "note", 1000)
                    .require(request.note() == null || !request.note().isBlank(), "note", "must not be blank").require(request.isPublic() != null, "public",
                    "is required: true (the citizen reads it) or false (staff only)");
        }
        check.orThrow();
        Instant now = clock.now();
        var actor = new CaseJournal.Actor(caller.id(), actorRole(caller));
        return changes.change(caller, "add-case-note", request.idempotencyKey(), request, request.caseNumber(),
                request.expectedVersion(), now, c -> {
                    if (caller.has(Role.HANDLER) && !caller.hasAny(Role.SCREENER, Role.LEADER, Role.INSPECTOR)) {
                        DepartmentService.requireOwnDepartment(caller, c);
                    }
                    String note = request.note() != null ? request.note().strip() : c.templateNote;
                    c.templateNote = null;
                    boolean isPublic = request.isPublic();
                    return journal.annotate(c, actor, note, isPublic, null, now)
                            .chain(() -> isPublic ? news.tell(c, CaseNews.Kind.NOTE, note, now)
                                    : Uni.createFrom().item(0))
                            .replaceWith(c);
                });
    }

    static ActorRole actorRole(Caller caller) {
        for (Role role : List.of(Role.LEADER, Role.SCREENER, Role.INSPECTOR, Role.HANDLER)) {
            if (caller.has(role)) {
                return ActorRole.valueOf(role.name());
            }
        }
        return ActorRole.STAFF;
    }

    public Uni<TemplateView> saveTemplate(SaveTemplateRequest request) {
        InputCheck check = InputCheck.of(request);
        if (request != null) {
            check.text(request.code(), "code", 1, 64)
                    .require(request.code() == null || request.code().strip().matches("[A-Za-z0-9_.-]{1,64}"), "code",
                            "letters, digits and . _ - only")
                    .require(request.state() != null && validState(request.state().strip()), "state",
                            "must be a case state or PROGRESS")
                    .text(request.text(), "text", 1, 1000).optionalText(request.categoryCode(), "categoryCode", 16);
        }
        check.orThrow();
        String categoryCode = InputCheck.blankToNull(request.categoryCode());
        return reactive.poolTransaction(() -> (categoryCode == null ? Uni.createFrom().voidItem()
                : entities.find(Category.class, categoryCode.strip()).invoke(c -> {
                    if (c == null) {
                        throw Problems.unprocessable(ErrorCode.UNKNOWN_CATEGORY, "There is no category "
                                + categoryCode + ".");
                    }
                }).replaceWithVoid())
                .chain(() -> entities.find(ResponseTemplate.class, request.code().strip()))
                .chain(existing -> {
                    ResponseTemplate t = existing != null ? existing : new ResponseTemplate();
                    t.code = request.code().strip();
                    t.state = request.state().strip();
                    t.categoryCode = categoryCode == null ? null : categoryCode.strip();
                    t.text = request.text().strip();
                    t.active = request.active() == null || request.active();
                    t.updatedAt = clock.now();
                    return entities.save(t);
                }).map(CaseNoteService::view));
    }

    public Uni<List<TemplateView>> listTemplates() {
        return reactive.poolSession(() -> entities.list(ResponseTemplate.class,
                "SELECT * FROM response_template ORDER BY state, code")
                .map(all -> all.stream().map(CaseNoteService::view).toList()));
    }

    static boolean validState(String state) {
        return ResponseTemplate.PROGRESS.equals(state)
                || Arrays.stream(CaseState.values()).anyMatch(s -> s.name().equals(state));
    }

    static TemplateView view(ResponseTemplate t) {
        return new TemplateView(t.code, t.state, t.categoryCode, t.text, t.active, t.updatedAt);
    }
}
