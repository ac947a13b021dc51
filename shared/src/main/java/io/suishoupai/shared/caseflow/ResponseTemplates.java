package io.suishoupai.shared.caseflow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.CurrentSql;
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

    @Inject
    CurrentSql sql;

    /**
     * Must run inside a unit of work on the pool. The active template with this code, filled for the case; 422
     * UNKNOWN_TEMPLATE.
     */
    public Uni<String> named(String code, CityCase c) {
        return sql.first("SELECT text FROM response_template WHERE code = ?1 AND active", code)
                .chain(row -> {
                    if (row == null) {
                        throw Problems.unprocessable(ErrorCode.UNKNOWN_TEMPLATE, "No active response template has "
                                + "the code " + code + ".");
                    }
                    return fill((String) row[0], c);
                });
    }

    /**
     * Must run inside a unit of work on the pool. The state's template for the case's category, filled; null when
     * there is none. Statements, not entities: a pool transaction (no Hibernate) moves cases too.
     */
    public Uni<String> automatic(String state, CityCase c) {
        return sql.first("SELECT text FROM response_template WHERE state = ?1 AND active "
                + "AND (category_code = ?2 OR category_code IS NULL) ORDER BY category_code NULLS LAST, code LIMIT 1",
                state, c.categoryCode == null ? "" : c.categoryCode)
                .chain(row -> row == null ? Uni.createFrom().nullItem() : fill((String) row[0], c));
    }

    /**
     * Must run inside a unit of work on the pool. Any wording with the templates' placeholders, filled for the case.
     */
    public Uni<String> filled(String text, CityCase c) {
        return fill(text, c);
    }

    Uni<String> fill(String text, CityCase c) {
        Uni<String> department = !text.contains("{department}") || c.departmentCode == null
                ? Uni.createFrom().item(c.departmentCode == null ? "" : c.departmentCode)
                : sql.first("SELECT name FROM department WHERE code = ?1",
                        c.departmentCode)
                        .map(row -> row == null ? c.departmentCode : (String) row[0]);
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
