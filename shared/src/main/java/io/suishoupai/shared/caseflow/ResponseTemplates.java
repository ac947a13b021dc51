package io.suishoupai.shared.caseflow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.smallrye.mutiny.Uni;

/**
 * Finds and fills response templates. A staff move may name one ({@code templateCode}); a move with no public note
 * gets its state's template automatically, the category's own before the one for all categories. The table is
 * small and read per move on an index, so nothing is cached and an admin's edit counts at once.
 */
@ApplicationScoped
public class ResponseTemplates {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    SuishoupaiConfig config;

    /** Must run inside a session. The active template with this code, filled for the case; 422 UNKNOWN_TEMPLATE. */
    public Uni<String> named(String code, CityCase c) {
        return ResponseTemplate.<ResponseTemplate>findById(code).chain(t -> {
            if (t == null || !t.active) {
                throw Problems.unprocessable(ErrorCode.UNKNOWN_TEMPLATE, "No active response template has the code "
                        + code + ".");
            }
            return fill(t.text, c);
        });
    }

    /** Must run inside a session. The state's template for the case's category, filled; null when there is none. */
    public Uni<String> automatic(String state, CityCase c) {
        return ResponseTemplate.<ResponseTemplate>find("state = ?1 and active = true and (categoryCode = ?2 "
                + "or categoryCode is null) order by categoryCode nulls last, code", state, c.categoryCode)
                .firstResult().chain(t -> t == null ? Uni.createFrom().nullItem() : fill(t.text, c));
    }

    /** Must run inside a session. Any wording with the templates' placeholders, filled for the case. */
    public Uni<String> filled(String text, CityCase c) {
        return fill(text, c);
    }

    Uni<String> fill(String text, CityCase c) {
        Uni<String> department = !text.contains("{department}") || c.departmentCode == null
                ? Uni.createFrom().item(c.departmentCode == null ? "" : c.departmentCode)
                : Department.<Department>findById(c.departmentCode).map(d -> d == null ? c.departmentCode : d.name);
        return department.map(name -> fill(text, c.caseNumber, name, c.deadline == null ? ""
                : DEADLINE.format(c.deadline.atZone(zone()))));
    }

    /** The placeholders filled; anything else in braces stays as written. */
    public static String fill(String text, String caseNumber, String department, String deadline) {
        return text.replace("{caseNumber}", caseNumber).replace("{department}", department)
                .replace("{deadline}", deadline);
    }

    private ZoneId zone() {
        return config.zone();
    }
}
