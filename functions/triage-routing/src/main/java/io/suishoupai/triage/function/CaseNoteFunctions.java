package io.suishoupai.triage.function;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.contract.ReadOnly;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.view.CaseView;
import io.suishoupai.triage.dto.AddCaseNoteRequest;
import io.suishoupai.triage.dto.AssignCaseRequest;
import io.suishoupai.triage.dto.DepartmentMemberView;
import io.suishoupai.triage.dto.ModerateCaseRequest;
import io.suishoupai.triage.dto.RedactMediaRequest;
import io.suishoupai.triage.dto.SaveTemplateRequest;
import io.suishoupai.triage.dto.TemplateView;
import io.suishoupai.triage.service.AssignmentService;
import io.suishoupai.triage.service.CaseNoteService;
import io.suishoupai.triage.service.ModerationService;
import io.suishoupai.triage.service.RedactionService;
import io.smallrye.mutiny.Uni;

/** Progress notes, response templates, assignment inside a department, moderation and redaction (issue #18). */
public class CaseNoteFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    CaseNoteService notes;

    @Inject
    AssignmentService assignments;

    @Inject
    ModerationService moderation;

    @Inject
    RedactionService redaction;

    /**
     * POST /moderate-case: hide a case from public views and search (or show it again), edit its public text, make it
     * private — with the reason, in the staff's log.
     */
    @Allowed({Role.SCREENER})
    @Operation(summary = "Hide a case from the public, edit its public text or make it private (moderation)")
    @Funq("moderate-case")
    public Uni<CaseView> moderateCase(ModerateCaseRequest request) {
        return moderation.moderate(callers.current(), request);
    }

    /** POST /redact-media: black out regions of a case's photo; the public and the department see the copy. */
    @Allowed({Role.SCREENER})
    @Operation(summary = "Black out faces and number plates in a case's photo (JPEG or PNG)")
    @Funq("redact-media")
    public Uni<CaseView> redactMedia(RedactMediaRequest request) {
        return redaction.redact(callers.current(), request);
    }

    /** POST /add-case-note: a progress note, public (the citizen reads it, followers hear of it) or staff-only. */
    @Allowed({Role.SCREENER, Role.HANDLER, Role.INSPECTOR, Role.LEADER})
    @Operation(summary = "Post a progress note on a case: public (followers hear of it) or for staff only")
    @Funq("add-case-note")
    public Uni<CaseView> addCaseNote(AddCaseNoteRequest request) {
        return notes.addNote(callers.current(), request);
    }

    /** POST /save-template: create or change a response template (回复模板). */
    @Allowed({Role.ADMIN})
    @Operation(summary = "Create or change a response template for a state (or PROGRESS) and optionally a category")
    @Funq("save-template")
    public Uni<TemplateView> saveTemplate(SaveTemplateRequest request) {
        return notes.saveTemplate(request);
    }

    /** GET /list-templates: every response template, by state and code. */
    @Allowed({Role.SCREENER, Role.HANDLER, Role.INSPECTOR, Role.LEADER, Role.ADMIN})
    @Operation(summary = "The response templates, by state and code")
    @ReadOnly
    @Funq("list-templates")
    public Uni<List<TemplateView>> listTemplates() {
        return notes.listTemplates();
    }

    /** POST /assign-case: a department's lead gives a dispatched case to one of its handlers (logged). */
    @Allowed({Role.HANDLER})
    @Operation(summary = "A department lead assigns a dispatched case to a handler of the department")
    @Funq("assign-case")
    public Uni<CaseView> assignCase(AssignCaseRequest request) {
        return assignments.assign(callers.current(), request);
    }

    /** GET /department-members: the caller's department's handlers with their open and overdue assigned cases. */
    @Allowed({Role.HANDLER})
    @Operation(summary = "The caller's department's handlers, with the open and overdue cases assigned to each")
    @ReadOnly
    @Funq("department-members")
    public Uni<List<DepartmentMemberView>> departmentMembers() {
        return assignments.members(callers.current());
    }
}
